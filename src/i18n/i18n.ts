/**
 * i18next setup. Each language is its own chunk, loaded when the interface first shows it (the start page loads
 * one locale, not both); the language itself comes from the URL (see features/language/use-language).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './locales/en.json';
import type { Lang } from '../domain/view';

const locales: Record<Lang, () => Promise<{ default: typeof en }>> = {
  ar: () => import('./locales/ar.json') as Promise<{ default: typeof en }>,
  en: () => import('./locales/en.json'),
};

/** Makes `lng`'s strings available (fetching its chunk the first time). */
export async function loadLanguage(lng: Lang) {
  if (!i18n.hasResourceBundle(lng, 'translation'))
    i18n.addResourceBundle(lng, 'translation', (await locales[lng]()).default);
}

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

export async function initI18n(lng: Lang) {
  const strings = (await locales[lng]()).default;
  return i18n.use(initReactI18next).init({
    resources: { [lng]: { translation: strings } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18n };
