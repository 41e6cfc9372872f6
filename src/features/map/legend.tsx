import { useTranslation } from 'react-i18next';
import type { Label, Taxonomy } from '../../domain/meta-schema';
import type { Lang, LayerMode } from '../../domain/view';
import { formatNumber } from '../../domain/format';
import { typeColorOf } from '../../domain/palette';
import { DENSE_FROM, DENSE_MIN_ZOOM } from './operation-layers';

interface Props {
  taxonomy: Taxonomy;
  lang: Lang;
  mode: LayerMode;
  /** Start folded (phones, or a map made short by the charts panel). */
  compact: boolean;
  /** The map holds so many operations that halos and badges wait for a closer zoom (see operation-layers). */
  dense: boolean;
  /** Always open (the printed page). */
  open?: boolean;
}

/** Open on wide screens; on phones the legend starts folded so that the map stays visible. */
const openByDefault = () => window.matchMedia('(min-width: 900px)').matches;

/** Explains every mark on the map: colour per type, how location uncertainty and disputed dates are drawn. */
export function Legend({ taxonomy, lang, mode, compact, dense, open }: Props) {
  const { t } = useTranslation();
  const l = (x: Label) => x[lang];
  const p = taxonomy.location_precisions;
  return (
    <details className="legend" open={open ?? (!compact && openByDefault())} data-testid={open ? undefined : 'legend'}>
      <summary>{t('legend.title')}</summary>
      <h3>{t('legend.types')}</h3>
      <ul>
        {Object.entries(taxonomy.types).map(([id, label]) => (
          <li key={id}>
            <span className="swatch dot" style={{ background: typeColorOf(id) }} aria-hidden="true" />
            {l(label)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.precision')}</h3>
      <ul>
        <li>
          <span className="swatch dot" aria-hidden="true" />
          {`${l(p.exact)} / ${l(p.village)}`}
        </li>
        <li>
          <span className="swatch halo" aria-hidden="true" />
          {t('legend.halo', { near: l(p.near), subdistrict: l(p.subdistrict) })}
        </li>
        <li>
          <span className="swatch area" aria-hidden="true" />
          {t('legend.area', { governorate: l(p.governorate), region: l(p.region) })}
        </li>
        <li>
          <span className="swatch disputed" aria-hidden="true">
            ?
          </span>
          {t('legend.disputed')}
        </li>
        {mode === 'clusters' && (
          <li>
            <span className="swatch cluster" aria-hidden="true">
              3
            </span>
            {t('legend.cluster')}
          </li>
        )}
        {mode === 'heat' && (
          <li>
            <span className="swatch heat" aria-hidden="true" />
            {t('legend.heat')}
          </li>
        )}
      </ul>
      {dense && (
        <p className="legend-note">
          {t('legend.dense', { n: formatNumber(DENSE_FROM, lang), zoom: formatNumber(DENSE_MIN_ZOOM, lang) })}
        </p>
      )}
    </details>
  );
}
