/**
 * Loads the gazetteer once, when a radius is first used (the control opens or a link has `near=`): the file is
 * ~290 KB gzip, too much for the start of the page. The service worker precaches it (any `.json`), so the
 * radius works offline after one visit.
 */
import { placesFromRows, type GazetteerRows, type Place } from './places';

export interface Gazetteer {
  places: Place[];
  byId: Map<string, Place>;
}

let loading: Promise<Gazetteer> | null = null;

export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= fetch(`${import.meta.env.BASE_URL}data/gazetteer.json`)
    .then((res) => {
      if (!res.ok) throw new Error(`gazetteer.json: HTTP ${res.status}`);
      return res.json() as Promise<GazetteerRows>;
    })
    .then((json) => {
      const places = placesFromRows(json);
      return { places, byId: new Map(places.map((p) => [p.id, p])) };
    })
    .catch((e: unknown) => {
      loading = null; // a later attempt (back online) may succeed
      throw e;
    });
  return loading;
}
