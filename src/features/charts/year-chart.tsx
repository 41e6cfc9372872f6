/**
 * Operations per year, stacked by the combination of actors taking part: each operation is in exactly one
 * segment, so a stack adds up to the year's operations (the number above it, and what clicking it filters).
 * Cross-filtered: it counts with every filter but `years`, and the selected years stay at full colour.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { toggle, type FilteredViewProps } from '../../domain/filters';
import { formatNumber } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { SERIES_COLORS } from '../../domain/palette';
import { HIT_Z, hitBar, visibleBar } from './bar-shapes';
import { ChartFrame } from './chart-frame';
import { yearRows, type YearRow } from './chart-data';
import { ChartTooltip, activeRow } from './chart-tooltip';
import { TICK_FONT } from './category-tick';
import { comboName, formatYear, listParts, operationsText } from './labels';

type Props = Omit<FilteredViewProps, 'operations'> & { all: OperationFeature[] };

const HEIGHT = 140;
const OTHER_COLOR = '#999999';

export function YearChart({ all, meta, filters, lang, onChange }: Props) {
  const { t } = useTranslation();
  const rtl = lang === 'ar';
  const n = (v: number) => formatNumber(v, lang);
  const { rows, series } = yearRows(all, filters);
  const colors = new Map(series.map((s, i) => [s.id, s.actors.length ? SERIES_COLORS[i] : OTHER_COLOR]));
  const names = new Map(series.map((s) => [s.id, comboName(s.actors, meta, lang, t)]));
  const anySelected = rows.some((r) => r.selected);
  const totalOf = (key: string) => rows.find((r) => r.key === key)?.total ?? 0;
  const title = (key: string) =>
    t('charts.valueOf', { name: formatYear(key, lang), value: operationsText(totalOf(key), lang, t) });
  const parts = (row: YearRow) =>
    series
      .filter((s) => (row[s.id] as number) > 0)
      .map((s) => ({
        color: colors.get(s.id),
        text: t('charts.valueOf', { name: names.get(s.id), value: n(row[s.id] as number) }),
      }));
  // What a screen reader hears on a year: its total and the combinations, as the tooltip shows them.
  const describe = (key: string) => {
    const row = rows.find((r) => r.key === key);
    const list = row ? parts(row).map((p) => p.text) : [];
    return list.length ? t('charts.year.breakdown', { total: title(key), parts: listParts(list, lang) }) : title(key);
  };
  const onToggle = (key: string) => onChange({ years: toggle(filters.years, Number(key)) }, 'push');

  const legend = (
    <ul className="chart-legend" dir={rtl ? 'rtl' : 'ltr'} aria-label={t('charts.year.legend')}>
      {series.map((s) => (
        <li key={s.id} title={names.get(s.id)}>
          <span className="chart-swatch" style={{ background: colors.get(s.id) }} aria-hidden="true" />
          <span className="chart-legend-name">{names.get(s.id)}</span>
        </li>
      ))}
    </ul>
  );

  return (
    <ChartFrame
      testId="chart-year-actor"
      caption={t('charts.year.caption')}
      note={t('charts.year.note')}
      rtl={rtl}
      after={legend}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={rows} margin={{ top: 16, right: 6, left: 6, bottom: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="key"
            reversed={rtl}
            tickFormatter={(y) => formatYear(y, lang)}
            tick={{ fontSize: TICK_FONT }}
          />
          <XAxis xAxisId="hit" dataKey="key" reversed={rtl} hide />
          <YAxis
            orientation={rtl ? 'right' : 'left'}
            allowDecimals={false}
            tickFormatter={n}
            width={44}
            tick={{ fontSize: TICK_FONT }}
            label={{
              value: t('charts.axis.operations'),
              angle: rtl ? 90 : -90,
              position: rtl ? 'insideRight' : 'insideLeft',
              style: { textAnchor: 'middle' },
              fontSize: TICK_FONT,
            }}
          />
          <Tooltip
            cursor={{ fill: 'var(--line)', fillOpacity: 0.35 }}
            content={(p) => {
              const row = activeRow<YearRow>(p);
              if (!row) return null;
              return <ChartTooltip rtl={rtl} title={title(row.key)} lines={parts(row)} />;
            }}
          />
          {series.map((s) => (
            <Bar
              key={s.id}
              dataKey={s.id}
              stackId="ops"
              fill={colors.get(s.id)}
              isAnimationActive={false}
              shape={visibleBar(anySelected, undefined, s.id)}
            />
          ))}
          <Bar
            xAxisId="hit"
            dataKey="total"
            isAnimationActive={false}
            zIndex={HIT_Z}
            label={{ position: 'top', fontSize: TICK_FONT, formatter: (v: unknown) => (Number(v) ? n(Number(v)) : '') }}
            shape={hitBar({
              anySelected,
              describe,
              countOf: totalOf,
              selectedText: (label) => t('charts.selected', { label }),
              onToggle,
            })}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
