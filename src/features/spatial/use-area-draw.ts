/**
 * One drawing session at a time: starts terra-draw through the map controller (which loads it on first use),
 * commits what is drawn as the area, and ends on Done, Cancel, Escape, a finished new shape or unmount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Area, LonLat } from '../../domain/spatial';
import { areaFromDrawn, drawnFromArea } from './area-shape';

export type DrawKind = 'rectangle' | 'polygon' | 'edit';

/** What the map controller offers (controller.drawArea), or null while the map is not there. */
export type DrawArea = (options: {
  kind: DrawKind;
  initial: { ring: LonLat[]; rectangle: boolean } | null;
  onArea: (drawn: { ring: LonLat[]; rectangle: boolean }) => void;
}) => Promise<() => void>;

export function useAreaDraw(draw: DrawArea | null, area: Area | null, onArea: (a: Area, edit: boolean) => void) {
  const [kind, setKind] = useState<DrawKind | null>(null);
  const [status, setStatus] = useState<'loading' | 'failed' | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const session = useRef(0);
  const latest = useRef({ area, onArea });
  useEffect(() => {
    latest.current = { area, onArea };
  });

  const end = useCallback(() => {
    session.current++;
    stopRef.current?.();
    stopRef.current = null;
    setKind(null);
    setStatus(null);
  }, []);

  const start = useCallback(
    (next: DrawKind) => {
      if (!draw) return;
      end();
      const id = ++session.current;
      setKind(next);
      setStatus('loading');
      const current = latest.current.area;
      draw({
        kind: next,
        initial: next === 'edit' && current ? drawnFromArea(current) : null,
        onArea: (drawn) => {
          const a = areaFromDrawn(drawn.ring, drawn.rectangle);
          if (a) latest.current.onArea(a, next === 'edit');
          // terra-draw is inside its own event here: end the session after it returns.
          if (next !== 'edit') window.setTimeout(() => session.current === id && end(), 0);
        },
      }).then(
        (stop) => {
          if (session.current !== id) return stop();
          stopRef.current = stop;
          setStatus(null);
        },
        () => session.current === id && setStatus('failed'),
      );
    },
    [draw, end],
  );

  useEffect(() => {
    if (!kind) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') end();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [kind, end]);
  useEffect(() => () => stopRef.current?.(), []);

  return { kind, status, start, end };
}
