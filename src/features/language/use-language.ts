/**
 * Applies the language chosen in the URL (else the browser's): i18next, `lang` on <html>, `dir` on <body>.
 * `dir` goes on <body>, not <html>: MapLibre mirrors brackets twice under <html dir="rtl"> (tech-notes).
 */
import { useEffect } from 'react';
import { browserLanguage, i18n, loadLanguage } from '../../i18n/i18n';
import type { Lang } from '../../domain/view';

export function resolveLanguage(fromUrl: Lang | null): Lang {
  return fromUrl ?? browserLanguage(navigator.languages ?? [navigator.language]);
}

export function useLanguage(fromUrl: Lang | null): Lang {
  const lang = resolveLanguage(fromUrl);
  useEffect(() => {
    if (i18n.language !== lang) void loadLanguage(lang).then(() => i18n.changeLanguage(lang));
    document.documentElement.lang = lang;
    document.body.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
  return lang;
}
