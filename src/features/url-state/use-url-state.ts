/**
 * The one hook that reads and writes the view state in the URL. Continuous changes use replaceState,
 * deliberate navigation (selecting an operation, switching language) pushState; Back/Forward re-render.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parse, serialize, type ViewState } from './codec';

const listeners = new Set<() => void>();
function subscribe(cb: () => void) {
  listeners.add(cb);
  window.addEventListener('popstate', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('popstate', cb);
  };
}

let cachedSearch: string | null = null;
let cachedState: ViewState | null = null;
function snapshot(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch || !cachedState) {
    cachedSearch = search;
    cachedState = parse(search);
  }
  return cachedState;
}

export type UpdateMode = 'push' | 'replace';

export function useUrlState(): [ViewState, (patch: Partial<ViewState>, mode?: UpdateMode) => void] {
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  const update = useCallback((patch: Partial<ViewState>, mode: UpdateMode = 'replace') => {
    const next = serialize({ ...snapshot(), ...patch });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    listeners.forEach((l) => l());
  }, []);
  return [state, update];
}
