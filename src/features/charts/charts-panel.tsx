/**
 * Charts over the operations (Recharts, loaded lazily with this module): per year by actor combination, by
 * type, by governorate, and reported outcomes. Every chart says what it counts. Clicking (or Enter/Space on) a
 * bar toggles the matching filter; each chart counts with every filter but its own, so the other bars stay
 * visible, dimmed. Counting rules: CONTRIBUTING.md, "Decision: how charts and filters count".
 */
import type { ReactNode } from 'react';
import type { FilteredViewProps } from '../../domain/filters';
import type { OperationFeature } from '../../domain/operation-schema';
import { GovChart } from './gov-chart';
import { OutcomeChart } from './outcome-chart';
import { TypeChart } from './type-chart';
import { YearChart } from './year-chart';
import './charts.css';

interface Props extends FilteredViewProps {
  /** Every operation of the dataset: the counts come from its filter engine (`operations` is the filtered view). */
  all: OperationFeature[];
  /** Shown first: periods A and B side by side while comparing (`vs=`). */
  before?: ReactNode;
}

export default function ChartsPanel({ all, operations, before, ...view }: Props) {
  return (
    <div className="charts" data-testid="charts">
      {before}
      <YearChart all={all} {...view} />
      <TypeChart all={all} {...view} />
      <GovChart all={all} {...view} />
      <OutcomeChart operations={operations} lang={view.lang} />
    </div>
  );
}
