/** Derives what every panel shows from the data and the URL state, through the one filtering path. */
import { useMemo } from 'react';
import { filterOperations, type Filters } from '../domain/filters';
import type { OperationFeature } from '../domain/operation-schema';

const NONE: OperationFeature[] = [];

export function useViewData(all: OperationFeature[] | undefined, filters: Filters) {
  const ops = all ?? NONE;
  const { from, to, years, actors, targets, types, gov, prec, conf, airborne, q } = filters;
  const key = { from, to, years, actors, targets, types, gov, prec, conf, airborne, q };
  const keyText = JSON.stringify(key);
  // Recompute only when a filter value changes, not when an unrelated part of the URL (camera, op) does.
  const filtered = useMemo(() => filterOperations(ops, JSON.parse(keyText) as Filters), [ops, keyText]);
  const untimed = useMemo(
    () => filterOperations(ops, { ...(JSON.parse(keyText) as Filters), from: null, to: null, years: [] }),
    [ops, keyText],
  );
  return { all: ops, filtered, untimed };
}
