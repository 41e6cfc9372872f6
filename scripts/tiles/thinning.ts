/**
 * Which operations each zoom's tiles hold. At `fullzoom`, every operation. Below it, a tile holding more than
 * `tileBudget` operations of the zoom above is thinned: it is cut into CELLS × CELLS cells (4 px at 256 px
 * tiles), and every cell keeps at most k of its operations, evenly spread over its date order, with k the largest
 * that keeps the tile within budget. Each kept operation carries the number it stands for (`n`, for heat weights
 * and honest density). Tiles within budget, and cells with few operations, keep everything, so sparse places
 * never vanish and a viewport holds a bounded number of features however dense the data. Levels nest: what a
 * zoom keeps, every zoom above keeps too.
 */

/** Cells per tile side (4096-unit tiles: a cell is 64 units, 4 px at 256 px). */
export const CELLS = 64;

export interface Level {
  z: number;
  /** Rows kept at this zoom, ascending (so in date order). */
  rows: Uint32Array;
  /** How many operations each kept row stands for at this zoom. */
  weights: Uint32Array;
}

/** Web Mercator position in [0, 1]: x from the antimeridian eastwards, y from the north (geojson-vt's formula). */
export function mercator(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return [lon / 360 + 0.5, y < 0 ? 0 : y > 1 ? 1 : y];
}

export function thin(
  x: Float64Array,
  y: Float64Array,
  opts: { minzoom: number; fullzoom: number; tileBudget: number },
): Level[] {
  const n = x.length;
  let rows = Uint32Array.from({ length: n }, (_, i) => i);
  let weights = new Uint32Array(n).fill(1);
  const levels: Level[] = [];
  for (let z = opts.fullzoom; z >= opts.minzoom; z--) {
    if (z < opts.fullzoom) ({ rows, weights } = keep(rows, weights, x, y, z, opts.tileBudget));
    levels.push({ z, rows, weights });
  }
  return levels.reverse();
}

/** The largest per-cell cap that keeps a tile whose cells hold `sizes` operations within `budget` (at least 1). */
export function cellCap(sizes: readonly number[], budget: number): number {
  let [lo, hi] = [1, Math.max(1, ...sizes)];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sizes.reduce((s, m) => s + Math.min(m, mid), 0) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function keep(rows: Uint32Array, weights: Uint32Array, x: Float64Array, y: Float64Array, z: number, budget: number) {
  const size = 2 ** z;
  const at = (v: number) => Math.min(size * CELLS - 1, Math.floor(v * size * CELLS));
  // Tile first, then cell within the tile: a tile's cells are consecutive.
  const key = Float64Array.from(rows, (r) => {
    const [cx, cy] = [at(x[r]), at(y[r])];
    return (
      (Math.floor(cx / CELLS) * size + Math.floor(cy / CELLS)) * CELLS * CELLS + (cx % CELLS) * CELLS + (cy % CELLS)
    );
  });
  const tileOf = (k: number) => Math.floor(key[k] / (CELLS * CELLS));
  const sorted = Uint32Array.from(rows.keys()).sort((a, b) => key[a] - key[b] || rows[a] - rows[b]);
  const kept: number[] = [];
  const weight: number[] = [];
  for (let t = 0; t < sorted.length;) {
    let u = t;
    while (u < sorted.length && tileOf(sorted[u]) === tileOf(sorted[t])) u++;
    // Cells of this tile: [cells[j], cells[j + 1]) in `sorted`.
    const cells = [t];
    for (let i = t + 1; i < u; i++) if (key[sorted[i]] !== key[sorted[i - 1]]) cells.push(i);
    cells.push(u);
    const sizes = cells.slice(1).map((end, j) => end - cells[j]);
    const cap = u - t <= budget ? Infinity : cellCap(sizes, budget);
    sizes.forEach((m, j) => {
      const k = Math.min(m, cap);
      // Kept i stands for the stretch [from, to) of the cell's date order and sits in its middle.
      for (let i = 0; i < k; i++) {
        const from = Math.floor((i * m) / k);
        const to = Math.floor(((i + 1) * m) / k);
        let w = 0;
        for (let s = from; s < to; s++) w += weights[sorted[cells[j] + s]];
        kept.push(rows[sorted[cells[j] + Math.floor((from + to - 1) / 2)]]);
        weight.push(w);
      }
    });
    t = u;
  }
  const order = Uint32Array.from(kept.keys()).sort((p, q) => kept[p] - kept[q]);
  return { rows: Uint32Array.from(order, (i) => kept[i]), weights: Uint32Array.from(order, (i) => weight[i]) };
}
