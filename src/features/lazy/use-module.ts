/**
 * A module whose code loads on first need (a dynamic import), for hooks and helpers that React `lazy` cannot
 * wrap: null until it is in, and never asked for while `load` is null. `load` must be a stable function (declared
 * at module level), so that once one component has the module every later one gets it in its first render.
 * A module that cannot be fetched stays null: the part that needs it stays off, the rest of the page works.
 */
import { useEffect, useState } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

export function useModule<M>(load: (() => Promise<M>) | null): M | null {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!load || loaded.has(load)) return;
    let live = true;
    load().then(
      (m) => {
        loaded.set(load, m);
        if (live) setLoaded((n) => n + 1);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  return load ? ((loaded.get(load) as M | undefined) ?? null) : null;
}
