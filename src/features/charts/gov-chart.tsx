/** Operations per governorate (where each operation is placed on the map), most first. */
import { useTranslation } from 'react-i18next';
import { toggle, type FilteredViewProps } from '../../domain/filters';
import type { OperationFeature } from '../../domain/operation-schema';
import { CategoryChart } from './category-chart';
import { ChartFrame } from './chart-frame';
import { categoryRows } from './chart-data';
import { govName } from './labels';

type Props = Omit<FilteredViewProps, 'operations'> & { all: OperationFeature[] };

const GOV_COLOR = '#56606e';

export function GovChart({ all, meta, filters, lang, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <ChartFrame testId="chart-gov" caption={t('charts.gov.caption')} rtl={lang === 'ar'}>
      <CategoryChart
        rows={categoryRows(all, filters, 'gov')}
        labelOf={(k) => govName(k, meta, lang)}
        colorOf={() => GOV_COLOR}
        lang={lang}
        onToggle={(k) => onChange({ gov: toggle(filters.gov, k) }, 'push')}
      />
    </ChartFrame>
  );
}
