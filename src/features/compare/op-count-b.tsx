import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../domain/compare';
import { formatDateRange, formatNumber, type UiLang } from '../../domain/format';
import './compare.css';

/** Period B's count beside the main count while `vs=` is set; `data-count` is plain ASCII for tests. */
export function OpCountB({ count, range }: { count: number; range: DateRange }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  return (
    <p
      className="op-count op-count-b"
      data-testid="op-count-b"
      data-count={count}
      aria-live="polite"
      title={t('compare.countBTitle', { range: formatDateRange(range.from, range.to, lang) })}
    >
      <span className="compare-key compare-key-b" aria-hidden="true" />
      {t('compare.countB', { count, formatted: formatNumber(count, lang) })}
    </p>
  );
}
