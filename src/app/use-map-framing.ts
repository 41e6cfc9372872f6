/**
 * Framing the filtered operations on the map. The rule (CONTRIBUTING "Decision: when the map moves by itself"):
 * after a person changes a filter, the map fits the filtered operations only when none of them is left in view;
 * while any is visible the person's own camera stays. Playback never moves the map. "Zoom to the filtered
 * operations" always fits. Fits keep operations clear of the overlays (`padding`).
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Filters } from '../domain/filter-state';
import type { OperationFeature } from '../domain/operation-schema';
import type { MapController } from '../features/map/controller';
import { freeArea, NO_PADDING, type Padding } from '../features/map/free-area';

/** Everything drawn over the map (and the phone's details sheet, which slides over it). */
const OVERLAYS =
  '.map-controls, .legend, .credits, .notice, .playback-caption, .map-fit, .maplibregl-ctrl-group, .atlas-scale, .panel-details';

export function measurePadding(area: HTMLElement | null): Padding {
  if (!area) return NO_PADDING;
  const box = area.getBoundingClientRect();
  const rects = [...document.querySelectorAll<HTMLElement>(OVERLAYS)]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      left: r.left - box.left,
      top: r.top - box.top,
      right: r.right - box.left,
      bottom: r.bottom - box.top,
    }));
  return freeArea(rects, box.width, box.height);
}

export function useMapFraming(
  area: RefObject<HTMLElement | null>,
  controller: RefObject<MapController | null>,
  operations: OperationFeature[],
  filters: Filters,
  playing: boolean,
) {
  const padding = useCallback(() => measurePadding(area.current), [area]);
  const latest = useRef({ operations, playing });
  useEffect(() => {
    latest.current = { operations, playing };
  });

  const { from, to, years, actors, targets, types, gov, prec, conf, airborne, corr, q } = filters;
  const key = JSON.stringify({ from, to, years, actors, targets, types, gov, prec, conf, airborne, corr, q });
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const changed = previous.current !== null && previous.current !== key;
    previous.current = key;
    // Not on the first render (a link's camera wins) and never during playback.
    if (!changed || latest.current.playing || !latest.current.operations.length) return;
    controller.current?.showOperations(latest.current.operations, 'ifNoneVisible');
  }, [key, controller]);

  const fitAll = useCallback(() => {
    if (latest.current.operations.length) controller.current?.showOperations(latest.current.operations, 'fit');
  }, [controller]);
  return { padding, fitAll };
}
