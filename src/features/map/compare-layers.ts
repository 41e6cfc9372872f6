/**
 * Comparing two periods (`vs=`) on the map, as typed data: one source of the union of A and B, each feature
 * with its `period` (`A`, `B` or `both`). Okabe–Ito blue and orange (told apart with the common colour-vision
 * deficiencies) and two shapes: A is a filled blue dot, B a hollow orange ring, an operation in both a blue dot
 * inside an orange ring.
 */
import type { CircleLayerSpecification } from '@maplibre/maplibre-gl-style-spec';

export const COMPARE_SOURCE = 'compare';
export const COMPARE_A_COLOR = '#0072B2';
export const COMPARE_B_COLOR = '#E69F00';

const byPeriod = (...p: string[]) => ['in', ['get', 'period'], ['literal', p]] as CircleLayerSpecification['filter'];
const size = ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 7] as unknown as number;
const ring = ['interpolate', ['linear'], ['zoom'], 5, 8, 10, 10] as unknown as number;

/** Drawn bottom to top: B's rings (also around the dots of operations in both), then A's dots. */
export function compareLayers(): CircleLayerSpecification[] {
  return [
    {
      id: 'compare-b',
      type: 'circle',
      source: COMPARE_SOURCE,
      filter: byPeriod('B', 'both'),
      paint: {
        'circle-radius': ring,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': COMPARE_B_COLOR,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'compare-a',
      type: 'circle',
      source: COMPARE_SOURCE,
      filter: byPeriod('A', 'both'),
      paint: {
        'circle-radius': size,
        'circle-color': COMPARE_A_COLOR,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  ];
}

export const COMPARE_LAYER_IDS = compareLayers().map((l) => l.id);
