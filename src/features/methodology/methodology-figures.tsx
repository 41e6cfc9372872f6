import { useTranslation } from 'react-i18next';
import { CORROBORATED, corroborationOf } from '../../domain/corroboration';
import { formatNumber, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';

interface Props {
  meta: Meta;
  operations: OperationFeature[];
  lang: UiLang;
}

function tally(values: string[]): [string, number][] {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return [...out].sort(([a], [b]) => a.localeCompare(b));
}

/** The figures of the data as published: operations per year, type and governorate, and the corroboration share. */
export function MethodologyFigures({ meta, operations, lang }: Props) {
  const { t } = useTranslation();
  const n = (x: number) => formatNumber(x, lang);
  const corroborated = operations.filter((o) => corroborationOf(o.properties) >= CORROBORATED).length;
  const share = operations.length ? Math.round((100 * corroborated) / operations.length) : 0;
  const label = (group: Record<string, { ar: string; en: string }>, id: string) => group[id]?.[lang] ?? id;
  const tables: { id: 'year' | 'type' | 'governorate'; title: string; rows: [string, number][] }[] = [
    {
      id: 'year',
      title: t('methodology.byYear'),
      rows: tally(operations.map((o) => String(o.properties.year))).map(([y, c]) => [
        n(Number(y)).replace(/[٬,]/g, ''),
        c,
      ]),
    },
    {
      id: 'type',
      title: t('methodology.byType'),
      rows: tally(operations.map((o) => o.properties.type)).map(([k, c]) => [label(meta.taxonomy.types, k), c]),
    },
    {
      id: 'governorate',
      title: t('methodology.byGovernorate'),
      rows: tally(operations.map((o) => o.properties.governorate)).map(([k, c]) => [label(meta.governorates, k), c]),
    },
  ];
  return (
    <section className="methodology-figures" aria-labelledby="methodology-figures">
      <h2 id="methodology-figures">{t('methodology.figures')}</h2>
      <p data-testid="methodology-total" data-count={operations.length}>
        {t('methodology.total', { count: operations.length, formatted: n(operations.length) })}{' '}
        <span data-testid="methodology-corroboration" data-share={share}>
          {t('methodology.corroborationShare', { share: n(share), corroborated: n(corroborated) })}
        </span>
      </p>
      <div className="methodology-tables">
        {tables.map((table) => (
          <table key={table.id} data-testid={`methodology-by-${table.id}`}>
            <caption>{table.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`methodology.column.${table.id}`)}</th>
                <th scope="col">{t('methodology.column.operations')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([k, c]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>{n(c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
