/**
 * Charts over the filtered operations (Recharts, loaded lazily with this module): per year by actor, by type,
 * by governorate, and outcomes as min–max ranges. Clicking a bar or a legend entry toggles the matching filter.
 * Charts render in an LTR box and mirror their axes for Arabic (Recharts misdraws ticks under dir=rtl).
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KEYS, outcomeTotals } from '../../domain/aggregate';
import { crossTab, toggle, type FilteredViewProps } from '../../domain/filters';
import type { OperationFeature } from '../../domain/operation-schema';
import { formatNumber, formatRange } from '../../domain/format';
import { SERIES_COLORS, typeColorOf } from '../../domain/palette';

interface Props extends FilteredViewProps {
  /** Every operation of the dataset: the counts come from its filter engine (`operations` is the filtered view). */
  all: OperationFeature[];
}

const HEIGHT = 200;

export default function ChartsPanel({ all, operations, meta, filters, lang, onChange }: Props) {
  const { t } = useTranslation();
  const rtl = lang === 'ar';
  const n = (v: number) => formatNumber(v, lang);
  const year = (v: string | number) => formatNumber(Number(v), lang).replace(/[٬,]/g, '');
  const tax = meta.taxonomy;
  const actors = Object.keys(tax.actors);

  // Counted by the filter engine in reused buffers (a playback step allocates only the chart rows).
  const byYear = crossTab(all, filters, 'year', 'actor').map((r) => ({ key: r.key, ...r.counts }));
  const byType = crossTab(all, filters, 'type', null).map((r) => ({
    key: r.key,
    label: tax.types[r.key]?.[lang] ?? r.key,
    count: r.counts.count,
  }));
  const byGov = crossTab(all, filters, 'gov', null)
    .map((r) => ({ key: r.key, label: meta.governorates[r.key]?.[lang] ?? r.key, count: r.counts.count }))
    .sort((a, b) => b.count - a.count);
  const totals = outcomeTotals(operations);
  const outcomes = OUTCOME_KEYS.map((k) => ({
    key: k,
    label: t(`details.outcome.${k}`),
    min: totals[k].min,
    extra: totals[k].max === null ? 0 : totals[k].max! - totals[k].min,
    text:
      formatRange(totals[k].reported ? totals[k].min : null, totals[k].reported ? totals[k].max : null, lang) ?? '—',
  }));

  const axisX = { reversed: rtl, tick: { fontSize: 11 } } as const;
  const axisY = {
    orientation: rtl ? ('right' as const) : ('left' as const),
    allowDecimals: false,
    tickFormatter: n,
    width: 28,
    tick: { fontSize: 11 },
  };
  const tooltip = { formatter: (v: unknown) => n(Number(v)) };

  return (
    <div className="charts" dir="ltr" data-testid="charts">
      <figure className="chart" data-testid="chart-year-actor">
        <figcaption dir={rtl ? 'rtl' : 'ltr'}>{t('charts.byYearActor')}</figcaption>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={byYear} margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="key" {...axisX} tickFormatter={year} />
            <YAxis {...axisY} />
            <Tooltip {...tooltip} labelFormatter={(l) => year(String(l))} />
            <Legend
              formatter={(id: string) => tax.actors[id]?.[lang] ?? id}
              onClick={(e) => onChange({ actors: toggle(filters.actors, String(e.dataKey)) }, 'push')}
              wrapperStyle={{ cursor: 'pointer', fontSize: 12 }}
            />
            {actors.map((a, i) => (
              <Bar
                isAnimationActive={false}
                key={a}
                dataKey={a}
                name={a}
                stackId="actors"
                fill={SERIES_COLORS[i % SERIES_COLORS.length]}
                cursor="pointer"
                onClick={(d: { payload?: { key: string } }) =>
                  d.payload && onChange({ years: toggle(filters.years, Number(d.payload.key)) }, 'push')
                }
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart" data-testid="chart-type">
        <figcaption dir={rtl ? 'rtl' : 'ltr'}>{t('charts.byType')}</figcaption>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={byType} margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" {...axisX} interval={0} />
            <YAxis {...axisY} />
            <Tooltip {...tooltip} />
            <Bar
              isAnimationActive={false}
              dataKey="count"
              name={t('charts.operations')}
              cursor="pointer"
              shape={(props: unknown) => {
                const p = props as { x: number; y: number; width: number; height: number; payload: { key: string } };
                return (
                  <rect
                    x={p.x}
                    y={p.y}
                    width={p.width}
                    height={p.height}
                    fill={typeColorOf(p.payload.key)}
                    data-type={p.payload.key}
                  />
                );
              }}
              onClick={(d: { payload?: { key: string } }) =>
                d.payload && onChange({ types: toggle(filters.types, d.payload.key) }, 'push')
              }
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart" data-testid="chart-gov">
        <figcaption dir={rtl ? 'rtl' : 'ltr'}>{t('charts.byGovernorate')}</figcaption>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={byGov} layout="vertical" margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={n} reversed={rtl} tick={{ fontSize: 11 }} />
            <YAxis
              type="category"
              dataKey="label"
              width={90}
              orientation={rtl ? 'right' : 'left'}
              tick={{ fontSize: 11 }}
            />
            <Tooltip {...tooltip} />
            <Bar
              isAnimationActive={false}
              dataKey="count"
              name={t('charts.operations')}
              fill="#56606e"
              cursor="pointer"
              onClick={(d: { payload?: { key: string } }) =>
                d.payload && onChange({ gov: toggle(filters.gov, d.payload.key) }, 'push')
              }
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart" data-testid="chart-outcomes">
        <figcaption dir={rtl ? 'rtl' : 'ltr'}>{t('charts.outcomes')}</figcaption>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={outcomes} margin={{ top: 16, right: 8, left: 8, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" {...axisX} interval={0} />
            <YAxis {...axisY} />
            <Tooltip
              formatter={(_v: unknown, name: unknown, item: { payload?: { text: string } }) => [
                item.payload?.text ?? '',
                String(name),
              ]}
            />
            <Bar isAnimationActive={false} dataKey="min" stackId="o" name={t('charts.reported')} fill="#7a1d3a" />
            <Bar
              isAnimationActive={false}
              dataKey="extra"
              stackId="o"
              name={t('charts.upTo')}
              fill="#d9a3b3"
              label={{
                position: 'top',
                fontSize: 11,
                formatter: (_: unknown, i?: number) => outcomes[i ?? 0]?.text ?? '',
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
