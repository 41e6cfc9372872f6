/**
 * Light or dark: follows the system (`prefers-color-scheme`) until the person picks one, which is remembered on
 * this device (localStorage), never put in links. The resolved theme goes on `<html data-theme>` and
 * `color-scheme`, so the CSS variables and the browser's own controls follow.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../../domain/view';

const KEY = 'atlas-theme';
const query = () => window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

function stored(): Theme | null {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage blocked: follow the system
  }
}

function snapshot(): Theme {
  return stored() ?? (query().matches ? 'dark' : 'light');
}

/** Sets the theme on <html> before the first render, so a dark page never flashes light. */
export function applyInitialTheme() {
  const theme = snapshot();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  const mq = query();
  mq.addEventListener('change', cb);
  window.addEventListener('storage', cb);
  return () => {
    listeners.delete(cb);
    mq.removeEventListener('change', cb);
    window.removeEventListener('storage', cb);
  };
}

export function useTheme(): [Theme, (t: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, snapshot, () => 'light' as Theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  const set = useCallback((t: Theme) => {
    try {
      window.localStorage.setItem(KEY, t);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
    listeners.forEach((l) => l());
  }, []);
  return [theme, set];
}
