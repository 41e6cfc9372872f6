import { useTranslation } from 'react-i18next';
import type { Choropleth } from '../../domain/choropleth';
import { formatNumber } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { Lang } from '../../domain/view';
import { percentOf } from './use-choropleth';
import './choropleth-legend.css';

interface Props {
  data: Choropleth;
  meta: Meta;
  lang: Lang;
  /** The governorates the view is filtered by (`gov=`). */
  selected: string[];
  /** Toggles the filter on one governorate (the keyboard's way to do what a click on the map does). */
  onPick: (iso: string) => void;
  /** Start folded (phones, or a map made short by the charts panel). */
  compact: boolean;
}

const openByDefault = () => window.matchMedia('(min-width: 900px)').matches;

/**
 * The choropleth's legend: its classes (colour, range of counts, how many governorates), how imprecise places
 * are counted, and every governorate with operations as a button that filters by it.
 */
export function ChoroplethLegend({ data, meta, lang, selected, onPick, compact }: Props) {
  const { t } = useTranslation();
  const n = (x: number) => formatNumber(x, lang);
  const rows = Object.entries(data.counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return (
    <details className="legend choropleth-legend" open={!compact && openByDefault()} data-testid="choropleth-legend">
      <summary>{t('choropleth.title')}</summary>
      {data.total === 0 ? (
        <p className="legend-note">{t('choropleth.empty')}</p>
      ) : (
        <>
          <h3>{t('choropleth.classes')}</h3>
          <ul className="choropleth-classes">
            {data.classes.map((c) => (
              <li key={c.max} data-min={c.min} data-max={c.max} data-color={c.color}>
                <span className="swatch choropleth-swatch" style={{ background: c.color }} aria-hidden="true" />
                <span className="choropleth-range">
                  {c.min === c.max ? n(c.max) : t('choropleth.range', { min: n(c.min), max: n(c.max) })}
                </span>
                <span className="choropleth-muted">
                  {t('choropleth.classGovs', { count: c.governorates, formatted: n(c.governorates) })}
                </span>
              </li>
            ))}
            <li>
              <span className="swatch choropleth-swatch choropleth-none" aria-hidden="true" />
              <span className="choropleth-range">{t('choropleth.none')}</span>
            </li>
          </ul>
          <h3 id="choropleth-list">{t('choropleth.list')}</h3>
          <ul className="choropleth-govs" aria-labelledby="choropleth-list">
            {rows.map(([iso, count]) => (
              <li key={iso} data-gov={iso} data-count={count}>
                <button type="button" aria-pressed={selected.includes(iso)} onClick={() => onPick(iso)}>
                  <span
                    className="swatch choropleth-swatch"
                    style={{ background: data.colors[iso] }}
                    aria-hidden="true"
                  />
                  <bdi className="choropleth-name">{meta.governorates[iso]?.[lang] ?? iso}</bdi>
                  <span className="choropleth-count">{n(count)}</span>
                  <span className="choropleth-muted">
                    {t('choropleth.percent', { n: n(percentOf(count, data.total)) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p className="legend-note" data-testid="choropleth-precision-note">
            {t('choropleth.imprecise')}
          </p>
        </>
      )}
    </details>
  );
}
