/**
 * The spatial filters as the engine needs them: `near=` names a gazetteer place, which is looked up (the
 * gazetteer loads on demand) to give the radius its centre. A place the gazetteer does not have is reported
 * (`missing`), so that the view can tell the person and drop it from the address like any ignored link part.
 */
import { useEffect, useMemo, useState } from 'react';
import { loadedFilterExtras, loadFilterExtras, needsFilterExtras } from '../../domain/filter-extras';
import type { Filters } from '../../domain/filter-state';
import type { Gazetteer } from './gazetteer';
import type { Place } from './places';

export interface Spatial {
  /**
   * The filters with `near.at` filled in once the place is known. A query, area or radius comes in once the
   * code that filters it is loaded (domain/filter-extras.ts); meanwhile the last filters that could run stay.
   */
  filters: Filters;
  /**
   * A query, area or radius waits for its code and no earlier filters can stand in (a link opened with one): the
   * view shows "loading" as for the data (`filters` then leave them out, so that nothing filters without them).
   */
  pending: boolean;
  /** That code could not be fetched (offline before the first visit, a newer deployment): the view says so. */
  failed: Error | null;
  /** The place of `near=`, once resolved. */
  place: Place | null;
  /** A `near=` place id the gazetteer does not have. */
  missing: string | null;
}

/**
 * `localEngine` false for a view whose filtering runs elsewhere (a tiled dataset's worker has its own search and
 * grid): its filters then never wait for the code the page's engine needs.
 */
export function useSpatial<F extends Filters>(view: F, { localEngine = true } = {}): Spatial & { filters: F } {
  const placeId = view.near?.place ?? null;
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  useEffect(() => {
    if (!placeId || gazetteer) return;
    let live = true;
    // The loader and the place index come with the gazetteer, not at start.
    import('./gazetteer')
      .then((m) => m.loadGazetteer())
      .then(
        (g) => live && setGazetteer(g),
        () => undefined, // offline before the first visit: the radius stays unresolved (it filters nothing)
      );
    return () => {
      live = false;
    };
  }, [placeId, gazetteer]);
  const place = (placeId && gazetteer?.byId.get(placeId)) || null;
  const missing = placeId && gazetteer && !place ? placeId : null;
  const km = view.near?.km;
  const filters = useMemo(
    () => (place && km ? { ...view, near: { place: place.id, km, at: place.at } } : { ...view, near: null }),
    [view, place, km],
  );
  const needs = localEngine && needsFilterExtras(filters);
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
  // The last filters that could run: kept while a new query's code loads, so the page keeps its results (and the
  // search box its focus) instead of falling back to "loading".
  const [lastReady, setLastReady] = useState<F | null>(null);
  if (ready && lastReady !== filters) setLastReady(filters);
  useEffect(() => {
    // Well after the first view, the code comes in idle time anyway (it is small), so that no later filter waits.
    const timer = window.setTimeout(() => {
      const idle = window.requestIdleCallback ?? ((fn: () => void) => fn());
      idle(() => void loadFilterExtras().catch(() => undefined));
    }, 5000);
    return () => window.clearTimeout(timer);
  }, []);
  return {
    filters: ready ? filters : (lastReady ?? { ...filters, q: '', area: null, near: null }),
    pending: !ready && !lastReady,
    failed: ready ? null : failure,
    place,
    missing,
  };
}
