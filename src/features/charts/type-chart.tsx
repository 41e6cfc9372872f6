/**
 * Operations by type, counted as the type filter counts: an operation under its main type and under each
 * secondary type (a raid that freed hostages counts under both), so each bar equals `types=<that type>`.
 */
import { useTranslation } from 'react-i18next';
import { toggle, type FilteredViewProps } from '../../domain/filters';
import { typeColorOf } from '../../domain/palette';
import type { OperationFeature } from '../../domain/operation-schema';
import { CategoryChart } from './category-chart';
import { ChartFrame } from './chart-frame';
import { categoryRows } from './chart-data';
import { typeName } from './labels';

type Props = Omit<FilteredViewProps, 'operations'> & { all: OperationFeature[] };

export function TypeChart({ all, meta, filters, lang, onChange }: Props) {
  const { t } = useTranslation();
  const rows = categoryRows(all, filters, 'types', Object.keys(meta.taxonomy.types));
  return (
    <ChartFrame testId="chart-type" caption={t('charts.type.caption')} note={t('charts.type.note')} rtl={lang === 'ar'}>
      <CategoryChart
        rows={rows}
        labelOf={(k) => typeName(k, meta, lang)}
        colorOf={typeColorOf}
        lang={lang}
        onToggle={(k) => onChange({ types: toggle(filters.types, k) }, 'push')}
      />
    </ChartFrame>
  );
}
