/**
 * Horizontal bars, one per category (type, governorate): labels get a measured axis and wrap instead of
 * overlapping, in both languages. Mirrored for Arabic: categories on the right, bars growing leftwards.
 * Each category has a hit bar that toggles its filter; the others stay visible, dimmed.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, type UiLang } from '../../domain/format';
import type { CategoryRow } from './chart-data';
import { endLabel } from './bar-label';
import { HIT_Z, hitBar, visibleBar } from './bar-shapes';
import { ChartTooltip, activeRow } from './chart-tooltip';
import { categoryTick, TICK_FONT } from './category-tick';
import { operationsText } from './labels';
import { measureText, wrapLabel } from './wrap-label';

interface Props {
  rows: CategoryRow[];
  labelOf: (key: string) => string;
  colorOf: (key: string) => string;
  lang: UiLang;
  onToggle: (key: string) => void;
}

/** The widest a category label may be before it wraps (px). */
const LABEL_MAX = 112;
const MARGIN = { top: 4, right: 28, left: 28, bottom: 4 };
const VALUE_AXIS = 40;

export function CategoryChart({ rows, labelOf, colorOf, lang, onToggle }: Props) {
  const { t } = useTranslation();
  const rtl = lang === 'ar';
  const n = (v: number) => formatNumber(v, lang);
  const measure = measureText(TICK_FONT);
  const lines = new Map(rows.map((r) => [r.key, wrapLabel(labelOf(r.key), LABEL_MAX, measure)]));
  const widest = Math.max(0, ...[...lines.values()].flat().map(measure));
  const rowHeight = [...lines.values()].some((l) => l.length > 1) ? 32 : 24;
  const height = rows.length * rowHeight + MARGIN.top + MARGIN.bottom + VALUE_AXIS;
  const anySelected = rows.some((r) => r.selected);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const countOf = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
  const describe = (key: string) =>
    t('charts.valueOf', { name: labelOf(key), value: operationsText(countOf(key), lang, t) });
  const margin = rtl ? { ...MARGIN, left: MARGIN.right, right: MARGIN.left } : MARGIN;

  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={margin} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          reversed={rtl}
          allowDecimals={false}
          domain={[0, max]}
          tickFormatter={n}
          tick={{ fontSize: TICK_FONT }}
          label={{ value: t('charts.axis.operations'), position: 'insideBottom', offset: -2, fontSize: TICK_FONT }}
          height={VALUE_AXIS}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={Math.ceil(widest) + 10}
          orientation={rtl ? 'right' : 'left'}
          interval={0}
          tick={categoryTick(lines, labelOf, rtl)}
        />
        <YAxis yAxisId="hit" type="category" dataKey="key" hide />
        <Tooltip
          cursor={{ fill: 'var(--line)', fillOpacity: 0.35 }}
          content={(p) => {
            const row = activeRow<CategoryRow>(p);
            return row ? (
              <ChartTooltip rtl={rtl} title={labelOf(row.key)} lines={[{ text: operationsText(row.count, lang, t) }]} />
            ) : null;
          }}
        />
        <Bar
          dataKey="count"
          isAnimationActive={false}
          shape={visibleBar(anySelected, colorOf)}
          label={{ content: endLabel((_, v) => n(Number(v)), rtl) }}
        />
        <Bar
          yAxisId="hit"
          dataKey={() => max}
          isAnimationActive={false}
          zIndex={HIT_Z}
          shape={hitBar({
            anySelected,
            describe,
            countOf,
            selectedText: (label) => t('charts.selected', { label }),
            onToggle,
          })}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
