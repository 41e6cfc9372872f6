import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../domain/compare';
import { formatDateRange, type UiLang } from '../../domain/format';
import './compare.css';

interface Props {
  a: DateRange;
  b: DateRange;
  lang: UiLang;
}

/** Over the map while comparing: how A, B and operations in both are drawn (compare-layers.ts). */
export function CompareLegend({ a, b, lang }: Props) {
  const { t } = useTranslation();
  const range = (r: DateRange) => formatDateRange(r.from, r.to, lang);
  return (
    <div className="compare-legend" data-testid="compare-legend" role="group" aria-label={t('compare.legendTitle')}>
      <span>
        <span className="compare-key compare-key-a" aria-hidden="true" />
        {t('compare.legendA', { range: range(a) })}
      </span>
      <span>
        <span className="compare-key compare-key-b" aria-hidden="true" />
        {t('compare.legendB', { range: range(b) })}
      </span>
      <span>
        <span className="compare-key compare-key-both" aria-hidden="true" />
        {t('compare.legendBoth')}
      </span>
    </div>
  );
}
