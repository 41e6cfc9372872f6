/**
 * A metric scale bar in the UI language: the same measure as MapLibre's ScaleControl (a ~100 px line at the
 * map's centre, rounded to 1-2-3-5 × 10ⁿ), but with the number written by Intl, so Arabic reads «٥٠ كم».
 */
import type { Lang } from '../../domain/view';
import type { maplibregl } from './maplibre';

const LOCALES: Record<Lang, string> = { ar: 'ar-SY', en: 'en-GB' };

/** The largest 1, 2, 3 or 5 × 10ⁿ not above `x`. */
export function roundDistance(x: number): number {
  const pow = 10 ** Math.floor(Math.log10(x));
  const d = x / pow;
  return pow * (d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

export function createScaleBar(units: () => { km: string; m: string; lang: Lang }, maxWidth = 100) {
  let map: maplibregl.Map | null = null;
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-scale atlas-scale';
  container.dataset.testid = 'scale-bar';

  const update = () => {
    if (!map) return;
    const { width, height } = map.getContainer().getBoundingClientRect();
    const y = height / 2;
    const left = map.unproject([width / 2 - maxWidth / 2, y]);
    const right = map.unproject([width / 2 + maxWidth / 2, y]);
    const meters = left.distanceTo(right);
    const u = units();
    const [value, unit] = meters >= 1000 ? [meters / 1000, u.km] : [meters, u.m];
    const rounded = roundDistance(value);
    container.style.width = `${Math.round(maxWidth * (rounded / value))}px`;
    const label = `${new Intl.NumberFormat(LOCALES[u.lang]).format(rounded)}\u00a0${unit}`;
    if (container.textContent !== label) container.textContent = label;
  };

  const control: maplibregl.IControl & { update: () => void } = {
    onAdd(m) {
      map = m;
      map.on('move', update);
      update();
      return container;
    },
    onRemove() {
      map?.off('move', update);
      container.remove();
      map = null;
    },
    update,
  };
  return control;
}
