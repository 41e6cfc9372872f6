/**
 * The time axis shared by the timeline and playback: the data's whole years (extent), the histogram's bin
 * (year, month or day, from the extent), and the bins of the operations matching every filter except time.
 */
import { useMemo } from 'react';
import { histogram, type HistogramBin } from '../../domain/aggregate';
import { chooseBin, type Bin } from '../../domain/dates';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';

export interface TimeAxis {
  extent: { from: string; to: string };
  bin: Bin;
  bins: HistogramBin[];
}

export function useTimeAxis(untimed: OperationFeature[], meta: Meta | undefined): TimeAxis {
  const min = meta?.date_range?.min ?? '2014-01-01';
  const max = meta?.date_range?.max ?? '2026-12-31';
  const extent = useMemo(() => ({ from: `${min.slice(0, 4)}-01-01`, to: `${max.slice(0, 4)}-12-31` }), [min, max]);
  const bin = chooseBin(extent.from, extent.to);
  const bins = useMemo(() => histogram(untimed, extent.from, extent.to, bin), [untimed, extent, bin]);
  return { extent, bin, bins };
}
