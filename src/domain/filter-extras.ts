/**
 * The filter engine's search and area parts: free-text search (its word index, transliteration and the labels'
 * vocabulary), the spatial grid and the exact geometry (filter-extras-code.ts). A view without a query, an area
 * or a radius needs none of them, so they are not in the page's code at start: they load on first need (a link
 * with `q=`, `area=` or `near=`, focusing the search box, opening the area tool) or in idle time after the first
 * view. The engine asks for them only for such a filter (`filterExtras`), and the view holds such a filter back
 * until they are in (`useSpatial`), so a filter never runs without them.
 */
import type { Filters } from './filter-state';
import type * as Code from './filter-extras-code';

export type FilterExtras = typeof Code;

let loaded: FilterExtras | null = null;
let pending: Promise<FilterExtras> | null = null;

/** Loads the parts once (a failed load, e.g. offline before the first visit, is tried again next time). */
export function loadFilterExtras(): Promise<FilterExtras> {
  pending ??= import('./filter-extras-code').then(
    (m) => (loaded = m),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

/** Starts loading the parts ahead of need; a failure is left to the view that needs them, which reports it. */
export function prefetchFilterExtras(): void {
  loadFilterExtras().catch(() => undefined);
}

/** The parts, or null while they are not loaded. */
export const loadedFilterExtras = (): FilterExtras | null => loaded;

/** The parts, for a filter that needs them (`needsFilterExtras`); the view makes sure they are loaded first. */
export function filterExtras(): FilterExtras {
  if (!loaded) throw new Error('a query, area or radius was filtered before its code was loaded (loadFilterExtras)');
  return loaded;
}

/** Whether filtering `f` needs the parts: a query, an area, or a radius whose place is resolved. */
export const needsFilterExtras = (f: Pick<Filters, 'q' | 'area' | 'near'>): boolean =>
  f.q.trim() !== '' || !!f.area || !!f.near?.at;
