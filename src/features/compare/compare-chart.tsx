/**
 * Periods A and B side by side: operations per type as grouped bars (A blue, B orange and outlined, as on the
 * map), counted as the type filter counts (main and secondary types). Loaded lazily with the charts. The table
 * below the plot says the same in words for screen readers.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { typeCounts } from '../../domain/compare';
import { formatNumber, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import './compare.css';

interface Props {
  a: OperationFeature[];
  b: OperationFeature[];
  meta: Meta;
  lang: UiLang;
}

const A_COLOR = '#0072B2';
const B_COLOR = '#E69F00';

export default function CompareChart({ a, b, meta, lang }: Props) {
  const { t } = useTranslation();
  const rtl = lang === 'ar';
  const rows = typeCounts(a, b);
  const name = (k: string) => meta.taxonomy.types[k]?.[lang] ?? k;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <figure className="chart compare-chart" data-testid="chart-compare">
      <figcaption dir={rtl ? 'rtl' : 'ltr'}>
        <span className="chart-caption">{t('compare.chartTitle')}</span>
      </figcaption>
      <div className="chart-plot" dir="ltr">
        <ResponsiveContainer width="100%" height={rows.length * 44 + 70}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, left: 24, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" reversed={rtl} allowDecimals={false} tickFormatter={n} />
            <YAxis
              type="category"
              dataKey="key"
              width={120}
              orientation={rtl ? 'right' : 'left'}
              tickFormatter={name}
              interval={0}
            />
            <Tooltip labelFormatter={(k) => name(String(k))} formatter={(v) => n(Number(v))} />
            <Legend />
            <Bar dataKey="A" name={t('compare.a')} fill={A_COLOR} isAnimationActive={false} />
            <Bar
              dataKey="B"
              name={t('compare.b')}
              fill={B_COLOR}
              stroke="#8a5a00"
              strokeDasharray="3 2"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden compare-table" dir={rtl ? 'rtl' : 'ltr'}>
        <thead>
          <tr>
            <th scope="col">{t('compare.chartTitle')}</th>
            <th scope="col">{t('compare.a')}</th>
            <th scope="col">{t('compare.b')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-type={r.key} data-a={r.A} data-b={r.B}>
              <th scope="row">{name(r.key)}</th>
              <td>{n(r.A)}</td>
              <td>{n(r.B)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
