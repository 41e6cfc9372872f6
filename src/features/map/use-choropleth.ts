/**
 * The governorate choropleth of the filtered operations (time included, so it follows playback): classes and
 * colours for the map and the legend, and the tooltip's words (name in the UI language, count and share).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choropleth } from '../../domain/choropleth';
import { formatNumber } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type { Lang, Theme } from '../../domain/view';
import type { ChoroplethView } from './choropleth-map';
import { useModule } from '../lazy/use-module';

// The classes (Jenks breaks) and colours load with the first choropleth, not at start.
const loadChoropleth = () => import('../../domain/choropleth');

/** A share as a percentage: one decimal under 10 %, whole above (9.1 %, 82 %). */
export const percentOf = (count: number, total: number) => {
  const pct = total ? (count / total) * 100 : 0;
  return pct < 10 ? Math.round(pct * 10) / 10 : Math.round(pct);
};

/** Null when `ops` is null (another layer mode: nothing is counted), and while the code of the classes loads. */
export function useChoropleth(
  ops: OperationFeature[] | null,
  meta: Meta | undefined,
  lang: Lang,
  theme: Theme,
): { data: Choropleth; view: ChoroplethView } | null {
  const { t } = useTranslation();
  const code = useModule(ops ? loadChoropleth : null);
  return useMemo(() => {
    if (!ops || !meta || !code) return null;
    const data = code.buildChoropleth(ops, theme);
    const describe = (iso: string) => {
      const count = data.counts[iso] ?? 0;
      const share = t('choropleth.percent', { n: formatNumber(percentOf(count, data.total), lang) });
      return {
        title: meta.governorates[iso]?.[lang] ?? iso,
        detail: `${t('count.operations', { count, formatted: formatNumber(count, lang) })} · ${t('choropleth.share', {
          share,
          total: formatNumber(data.total, lang),
        })}`,
      };
    };
    return { data, view: { colors: data.colors, describe } };
  }, [ops, meta, lang, theme, t, code]);
}
