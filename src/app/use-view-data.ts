/** Derives what every panel shows from the data and the URL state, through the one filtering path. */
import { useMemo } from 'react';
import { filterOperations } from '../domain/filters';
import type { Filters } from '../domain/filter-state';
import type { OperationFeature } from '../domain/operation-schema';

const NONE: OperationFeature[] = [];

export function useViewData(all: OperationFeature[] | undefined, filters: Filters) {
  const ops = all ?? NONE;
  const { from, to, years, actors, targets, types, gov, prec, conf, airborne, corr, q, area, near } = filters;
  // Memo keys hold values, not identities: a change of camera or selection recomputes nothing, and a timeline
  // step leaves `untimed` (what the map holds and the histogram shows) untouched.
  const untimedKey = JSON.stringify({ actors, targets, types, gov, prec, conf, airborne, corr, q, area, near });
  const timeKey = JSON.stringify({ from, to, years });
  const untimed = useMemo(
    () => filterOperations(ops, { ...(JSON.parse(untimedKey) as Filters), from: null, to: null, years: [] }),
    [ops, untimedKey],
  );
  const filtered = useMemo(
    () => filterOperations(ops, { ...(JSON.parse(untimedKey) as Filters), ...(JSON.parse(timeKey) as Filters) }),
    [ops, untimedKey, timeKey],
  );
  return { all: ops, filtered, untimed };
}
