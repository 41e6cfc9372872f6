/** i18next setup with the two bundled locales; the language itself comes from the URL (see app/use-language). */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { Lang } from '../domain/view';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** The browser's preferred language among ours, English when it prefers neither. */
export function browserLanguage(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ar' || base === 'en') return base;
  }
  return 'en';
}

export function initI18n(lng: Lang) {
  return i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18n };
