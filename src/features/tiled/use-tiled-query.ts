/**
 * What the view shows for a tiled dataset, from its worker: matching rows, count, facet counts and the untimed
 * histogram for the current filters. A new answer replaces the last only if it is for the latest filters
 * (answers to older queries that arrive late are dropped).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistogramBin } from '../../domain/aggregate';
import { binStart, chooseBin, fromDay, nextBin, toDay, type Bin } from '../../domain/dates';
import type { Filters } from '../../domain/filter-state';
import type { Reply } from './protocol';
import type { TiledDataset } from './tiled-client';

export type TiledAnswerReply = Extract<Reply, { kind: 'query' }>;

export interface TiledAxis {
  extent: { from: string; to: string };
  bin: Bin;
  binStarts: Int32Array;
}

/** The timeline's extent (whole years of the data) and bins, as the small dataset's `useTimeAxis` makes them. */
export function tiledAxis(years: [number, number]): TiledAxis {
  const extent = { from: `${years[0]}-01-01`, to: `${years[1]}-12-31` };
  const bin = chooseBin(extent.from, extent.to);
  const starts: number[] = [];
  let s = binStart(extent.from, bin);
  for (; s <= extent.to; s = nextBin(s, bin)) starts.push(toDay(s));
  starts.push(toDay(s));
  return { extent, bin, binStarts: Int32Array.from(starts) };
}

/** The worker's histogram as the timeline's bins. */
export function histogramBins(axis: TiledAxis, hist: Int32Array, types: readonly string[]): HistogramBin[] {
  return Array.from({ length: axis.binStarts.length - 1 }, (_, b) => {
    const byType: Record<string, number> = {};
    let total = 0;
    types.forEach((t, k) => {
      const c = hist[b * types.length + k];
      if (c) byType[t] = c;
      total += c;
    });
    return { start: fromDay(axis.binStarts[b]), end: fromDay(axis.binStarts[b + 1]), total, byType };
  });
}

export function useTiledQuery(ds: TiledDataset | null, filters: Filters, axis: TiledAxis | null) {
  const [answer, setAnswer] = useState<TiledAnswerReply | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const { from, to, years, actors, targets, types, gov, prec, conf, airborne, corr, q, area, near } = filters;
  const key = JSON.stringify({
    from,
    to,
    years,
    actors,
    targets,
    types,
    gov,
    prec,
    conf,
    airborne,
    corr,
    q,
    area,
    near,
  });
  const latest = useRef(0);
  useEffect(() => {
    if (!ds || !axis) return;
    const id = ++latest.current;
    ds.call<'query'>({ kind: 'query', filters: JSON.parse(key) as Filters, binStarts: axis.binStarts.slice() }).then(
      (r) => {
        if (id !== latest.current) return;
        setAnswer(r);
        setError(null);
      },
      (e: Error) => {
        if (id === latest.current) setError(e);
      },
    );
  }, [ds, axis, key]);
  const bins = useMemo(
    () => (answer && axis && ds ? histogramBins(axis, answer.hist, ds.manifest.values.types) : []),
    [answer, axis, ds],
  );
  return { answer, bins, error };
}
