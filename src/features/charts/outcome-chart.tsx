/**
 * People reported killed, captured, freed and evacuated, summed over the operations shown: the dark bar is the
 * sum of the lowest figures, the light part reaches the sum of the highest; the label and tooltip read the
 * total once ("at least 13" when some source gives no maximum, "3–4", "2").
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OUTCOME_KEYS, outcomeTotals, type OutcomeKey, type OutcomeTotal } from '../../domain/aggregate';
import { formatNumber, type UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { endLabel } from './bar-label';
import { ChartFrame } from './chart-frame';
import { ChartTooltip, activeRow } from './chart-tooltip';
import { categoryTick, TICK_FONT } from './category-tick';
import { outcomeText } from './labels';
import { measureText, wrapLabel } from './wrap-label';

interface Row {
  key: OutcomeKey;
  min: number;
  extra: number;
  /** Where the range ends (the highest figure, or the lowest when open): the label is written there. */
  end: number;
  total: OutcomeTotal;
}

const MIN_COLOR = '#7a1d3a';
const MAX_COLOR = '#d9a3b3';

export function OutcomeChart({ operations, lang }: { operations: OperationFeature[]; lang: UiLang }) {
  const { t } = useTranslation();
  const rtl = lang === 'ar';
  const totals = outcomeTotals(operations);
  const rows: Row[] = OUTCOME_KEYS.map((k) => ({
    key: k,
    min: totals[k].min,
    extra: totals[k].max === null ? 0 : totals[k].max - totals[k].min,
    end: totals[k].max ?? totals[k].min,
    total: totals[k],
  }));
  const labelOf = (k: string) => t(`details.outcome.${k as OutcomeKey}`);
  const measure = measureText(TICK_FONT);
  const lines = new Map(rows.map((r) => [r.key, wrapLabel(labelOf(r.key), 112, measure)]));
  const widest = Math.max(0, ...[...lines.values()].flat().map(measure));
  const text = (k: string) => outcomeText(rows.find((r) => r.key === k)!.total, lang, t);
  const margin = { top: 4, bottom: 4, left: rtl ? 70 : 4, right: rtl ? 4 : 70 };

  return (
    <ChartFrame
      testId="chart-outcomes"
      caption={t('charts.outcomes.caption')}
      note={t('charts.outcomes.note')}
      rtl={rtl}
    >
      <ResponsiveContainer width="100%" height={rows.length * 26 + 48}>
        <BarChart data={rows} layout="vertical" margin={margin} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            reversed={rtl}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v, lang)}
            tick={{ fontSize: TICK_FONT }}
            label={{ value: t('charts.axis.people'), position: 'insideBottom', offset: -2, fontSize: TICK_FONT }}
            height={40}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={Math.ceil(widest) + 10}
            orientation={rtl ? 'right' : 'left'}
            interval={0}
            tick={categoryTick(lines, labelOf, rtl)}
          />
          <YAxis yAxisId="end" type="category" dataKey="key" hide />
          <Tooltip
            cursor={{ fill: 'var(--line)', fillOpacity: 0.35 }}
            content={(p) => {
              const row = activeRow<Row>(p);
              if (!row) return null;
              const ops = t('charts.outcomes.statedIn', {
                count: row.total.reported,
                formatted: formatNumber(row.total.reported, lang),
              });
              return (
                <ChartTooltip rtl={rtl} title={labelOf(row.key)} lines={[{ text: text(row.key) }, { text: ops }]} />
              );
            }}
          />
          <Bar dataKey="min" stackId="o" fill={MIN_COLOR} isAnimationActive={false} />
          <Bar dataKey="extra" stackId="o" fill={MAX_COLOR} isAnimationActive={false} />
          {/* Unstacked on its own axis so that its label is drawn even where the light part is empty. */}
          <Bar
            yAxisId="end"
            dataKey="end"
            className="chart-end"
            minPointSize={1}
            fill="transparent"
            isAnimationActive={false}
            label={{ content: endLabel((i) => text(rows[i].key), rtl) }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
