/**
 * The spatial filters as the engine needs them: `near=` names a gazetteer place, which is looked up (the
 * gazetteer loads on demand) to give the radius its centre. A place the gazetteer does not have is reported
 * (`missing`), so that the view can tell the person and drop it from the address like any ignored link part.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Filters } from '../../domain/filter-state';
import type { Gazetteer } from './gazetteer';
import type { Place } from './places';

export interface Spatial {
  /** The filters with `near.at` filled in once the place is known. */
  filters: Filters;
  /** The place of `near=`, once resolved. */
  place: Place | null;
  /** A `near=` place id the gazetteer does not have. */
  missing: string | null;
}

export function useSpatial<F extends Filters>(view: F): Spatial & { filters: F } {
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
  return { filters, place, missing };
}
