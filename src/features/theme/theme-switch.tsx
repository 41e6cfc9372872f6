import { useTranslation } from 'react-i18next';
import type { Theme } from '../../domain/view';

/** Switches between the light and the dark theme (remembered on this device). */
export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange: (t: Theme) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="tool-button"
      data-testid="theme-switch"
      aria-pressed={theme === 'dark'}
      onClick={() => onChange(theme === 'dark' ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span> {t('theme.dark')}
    </button>
  );
}
