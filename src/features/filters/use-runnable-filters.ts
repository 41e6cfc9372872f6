/**
 * The filters the page's engine can run now. A query, an area or a radius needs the engine's search and area
 * code (domain/filter-extras.ts), which loads on first need: until it is in, the last filters that could run
 * stay, so the page keeps its results (and the search box its focus) instead of falling back to "loading". Only
 * a view opened with such a filter has nothing to stand in (`pending`: the view shows "loading", as for the
 * data); code that cannot be fetched is reported (`failed`). Also fetches that code in idle time after start.
 */
import { useEffect, useState } from 'react';
import {
  loadedFilterExtras,
  loadFilterExtras,
  needsFilterExtras,
  prefetchFilterExtras,
} from '../../domain/filter-extras';
import type { Filters } from '../../domain/filter-state';

export interface RunnableFilters<F extends Filters> {
  /** `filters` once they can run, else the last that could (or, with none, `filters` without what waits). */
  filters: F;
  /** Nothing can stand in while the code loads (a link opened with a query, an area or a radius). */
  pending: boolean;
  /** The code could not be fetched (offline before the first visit, a newer deployment). */
  failed: Error | null;
}

export function useRunnableFilters<F extends Filters>(filters: F): RunnableFilters<F> {
  const needs = needsFilterExtras(filters);
  const [extras, setExtras] = useState(loadedFilterExtras);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    if (!needs || extras) return;
    let live = true;
    loadFilterExtras().then(
      (m) => live && setExtras(m),
      (e: unknown) => live && setFailure(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [needs, extras]);
  const ready = !needs || !!extras;
  const [lastReady, setLastReady] = useState<F | null>(null);
  if (ready && lastReady !== filters) setLastReady(filters);
  useEffect(() => {
    // Well after the first view, the code comes in idle time anyway (it is small), so that no later filter waits.
    const timer = window.setTimeout(() => {
      if (window.requestIdleCallback) window.requestIdleCallback(prefetchFilterExtras);
      else prefetchFilterExtras();
    }, 5000);
    return () => window.clearTimeout(timer);
  }, []);
  return {
    filters: ready ? filters : (lastReady ?? { ...filters, q: '', area: null, near: null }),
    pending: !ready && !lastReady,
    failed: ready ? null : failure,
  };
}
