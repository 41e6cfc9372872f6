import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/view';

/** Switches between Arabic and English; the caller records the choice in the URL. */
export function LangSwitch({ onSwitch }: { onSwitch: (lang: Lang) => void }) {
  const { t, i18n } = useTranslation();
  const other: Lang = i18n.language === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      lang={other}
      title={t('lang.switchLabel')}
      onClick={() => onSwitch(other)}
    >
      {t('lang.switch')}
    </button>
  );
}
