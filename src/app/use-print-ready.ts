/**
 * Whether the print view may be mounted: once the page is idle (its code then loads, so that printing, which must
 * render at once, finds it), or as soon as printing starts before that.
 */
import { useEffect, useState } from 'react';

export function usePrintReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const now = () => setReady(true);
    window.addEventListener('beforeprint', now, { once: true });
    const stop = () => window.removeEventListener('beforeprint', now);
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(now, 2000);
      return () => (window.clearTimeout(timer), stop());
    }
    const id = window.requestIdleCallback(now, { timeout: 4000 });
    return () => (window.cancelIdleCallback(id), stop());
  }, []);
  return ready;
}
