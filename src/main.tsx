import '@fontsource-files/noto-sans/latin-400.css';
import '@fontsource-files/noto-sans/latin-700.css';
import '@fontsource-files/noto-sans-arabic/arabic-400.css';
import '@fontsource-files/noto-sans-arabic/arabic-700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { resolveLanguage } from './features/language/use-language';
import { parse } from './features/url-state/codec';
import { applyInitialTheme } from './features/theme/use-theme';
import { initI18n } from './i18n/i18n';

applyInitialTheme();
await initI18n(resolveLanguage(parse(window.location.search).lang));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
