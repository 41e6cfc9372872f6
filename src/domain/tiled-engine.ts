/**
 * The filter engine of a tiled dataset: the same filters as `filter-engine.ts` (same meaning for every key),
 * over the columns of `index.bin` instead of features. One pass over the rows answers everything a view shows:
 * the matching rows (date order), each facet's counts under every other filter (a row failing only that key
 * still counts for it), and the untimed histogram (every filter except time, per bin and type). A value of a
 * set column (`actor_set`, `type_set`) counts once for each id it holds, as `dimValues` says.
 */
import { fromDay, toDay } from './dates';
import type { FacetKey, Filters } from './filter-state';
import { buildSpatialIndex, type SpatialIndex } from './spatial-index';
import { FLAG, NO_CODE, type TiledValues } from './tiled-format';

type Codes = Uint8Array | Uint16Array;

export interface TiledColumns {
  start: Int32Array;
  span: Uint16Array;
  lon: Float32Array;
  lat: Float32Array;
  type: Codes;
  type_set: Codes;
  actor_set: Codes;
  target: Codes;
  gov: Codes;
  prec: Codes;
  conf: Codes;
  flags: Uint8Array;
}

export const FACET_KEYS: FacetKey[] = ['years', 'actors', 'targets', 'types', 'gov', 'prec', 'conf'];

export interface TiledAnswer {
  /** Matching rows, ascending (date order). */
  rows: Uint32Array;
  /** Per facet key and value: matches under every other filter. */
  facets: Record<FacetKey, Record<string, number>>;
  /** Rows matching every filter except time (from, to, years). */
  untimed: number;
  /** Untimed rows per histogram bin and main type: `hist[bin * types.length + type]`. */
  hist: Int32Array;
}

/** A facet key as codes: each code's value indices (a set column's code stands for several values). */
interface Dim {
  values: string[];
  codes: Codes | null;
  members: number[][];
}

function setDim(table: string[], codes: Codes, split: boolean): Dim {
  const values = [...new Set(table.flatMap((v) => (split ? v.split('+') : [v])))].sort();
  const at = new Map(values.map((v, i) => [v, i]));
  return { values, codes, members: table.map((v) => (split ? v.split('+') : [v]).map((x) => at.get(x)!)) };
}

export interface TiledEngine {
  readonly n: number;
  /** `search`: rows matching the free text (a bitset, `hasRow`), or null when there is no text to search. */
  query(f: Filters, search: Uint32Array | null, binStarts: Int32Array): TiledAnswer;
  /** The year range of the data (first and last year any row touches). */
  readonly years: [number, number];
}

export function buildTiledEngine(c: TiledColumns, values: TiledValues): TiledEngine {
  const n = c.start.length;
  const y0 = new Uint16Array(n);
  const y1 = new Uint16Array(n);
  // Years through the calendar, once per distinct day: rows are in date order, so runs of equal days are long.
  let lastDay = NaN;
  let lastYear = 0;
  const yearOf = (day: number) => {
    if (day !== lastDay) [lastDay, lastYear] = [day, Number(fromDay(day).slice(0, 4))];
    return lastYear;
  };
  for (let i = 0; i < n; i++) y0[i] = yearOf(c.start[i]);
  for (let i = 0; i < n; i++) y1[i] = c.span[i] ? Number(fromDay(c.start[i] + c.span[i]).slice(0, 4)) : y0[i];
  let minYear = 9999;
  let maxYear = 0;
  for (let i = 0; i < n; i++) {
    if (y0[i] < minYear) minYear = y0[i];
    if (y1[i] > maxYear) maxYear = y1[i];
  }
  if (!n) [minYear, maxYear] = [0, 0];

  const dims: Record<Exclude<FacetKey, 'years'>, Dim> = {
    actors: setDim(values.actorSets, c.actor_set, true),
    types: setDim(values.typeSets, c.type_set, true),
    targets: setDim(values.targets, c.target, false),
    gov: setDim(values.governorates, c.gov, false),
    prec: setDim(values.precisions, c.prec, false),
    conf: setDim(values.confidence, c.conf, false),
  };
  const noCode = c.target instanceof Uint8Array ? NO_CODE.uint8 : NO_CODE.uint16;
  const yearCount = maxYear - minYear + 1;
  let spatial: SpatialIndex | null = null;
  let spatialKey = '';
  const spatialBits = new Uint32Array((n + 31) >>> 5);
  const typeCount = values.types.length;

  /** Lookup per code: 1 when the code holds a selected value. Null: no filter on this key. */
  function lut(dim: Dim, selected: readonly string[]): Uint8Array | null {
    if (!selected.length) return null;
    const want = new Set(selected.map((s) => dim.values.indexOf(s)).filter((v) => v >= 0));
    const out = new Uint8Array(Math.max(dim.members.length, noCode + 1));
    dim.members.forEach((m, code) => (out[code] = m.some((v) => want.has(v)) ? 1 : 0));
    return out;
  }

  // Rows are in date order (tiled-format.ts); checked, so that a time range can be a slice of rows.
  let sorted = true;
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    if (i && c.start[i] < c.start[i - 1]) sorted = false;
    if (c.span[i] > maxSpan) maxSpan = c.span[i];
  }
  /** First row whose start day is ≥ day (rows in date order). */
  const lowerBound = (day: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c.start[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // The untimed pass (every filter but time) kept for the next query: a timeline step changes only the time,
  // so it re-reads only the rows of its range. Per row: which keys it fails (bit k), or EXCLUDED.
  const EXCLUDED = 255;
  const fails = new Uint8Array(n);
  let untimedKey = '';
  let untimedSearch: Uint32Array | null = null;
  let untimed = 0;
  let hist = new Int32Array(0);
  const keys = FACET_KEYS.filter((k) => k !== 'years') as Exclude<FacetKey, 'years'>[];
  const K = keys.length;

  function untimedPass(f: Filters, search: Uint32Array | null, binStarts: Int32Array) {
    const luts = keys.map((k) => lut(dims[k], f[k]));
    const codeCols = keys.map((k) => dims[k].codes!);
    const flagMask = (f.airborne ? FLAG.airborneExplicit : 0) | (f.corr ? FLAG.corroborated : 0);
    const spatialOn = !!(f.area || f.near?.at);
    if (spatialOn) {
      const key = JSON.stringify([f.area, f.near]);
      if (key !== spatialKey) {
        spatial ??= buildSpatialIndex(Float64Array.from(c.lon), Float64Array.from(c.lat));
        spatial.select(f.area ?? null, f.near ?? null, spatialBits);
        spatialKey = key;
      }
    }
    hist = new Int32Array(Math.max(0, binStarts.length - 1) * typeCount);
    untimed = 0;
    let bin = -1;
    const { start, flags, type } = c;
    const lastBin = binStarts.length - 1;
    for (let i = 0; i < n; i++) {
      if (
        (flagMask && (flags[i] & flagMask) !== flagMask) ||
        (search && !(search[i >>> 5] & (1 << (i & 31)))) ||
        (spatialOn && !(spatialBits[i >>> 5] & (1 << (i & 31))))
      ) {
        fails[i] = EXCLUDED;
        continue;
      }
      let fail = 0;
      for (let k = 0; k < K; k++) {
        const l = luts[k];
        if (l !== null && !l[codeCols[k][i]]) fail |= 1 << k;
      }
      fails[i] = fail;
      if (fail) continue;
      untimed++;
      const s = start[i];
      while (bin < lastBin && binStarts[bin + 1] <= s) bin++;
      if (bin >= 0 && bin < lastBin) hist[bin * typeCount + type[i]]++;
    }
  }

  function query(f: Filters, search: Uint32Array | null, binStarts: Int32Array): TiledAnswer {
    const key = JSON.stringify([
      keys.map((k) => f[k]),
      f.q,
      f.airborne,
      f.corr,
      f.area,
      f.near,
      search ? search.length : -1,
      Array.from(binStarts),
    ]);
    if (key !== untimedKey || search !== untimedSearch) {
      untimedPass(f, search, binStarts);
      [untimedKey, untimedSearch] = [key, search];
    }
    const from = f.from ? toDay(f.from) : -Infinity;
    const to = f.to ? toDay(f.to) : Infinity;
    const codeCols = keys.map((k) => dims[k].codes!);
    const yearOk = f.years.length ? new Uint8Array(yearCount) : null;
    if (yearOk) for (const y of f.years) if (y >= minYear && y <= maxYear) yearOk[y - minYear] = 1;
    // Only rows that can overlap [from, to]: starting from `from` less the longest span, up to `to`.
    const lo = sorted && from !== -Infinity ? lowerBound(from - maxSpan) : 0;
    const hi = sorted && to !== Infinity ? lowerBound(to + 1) : n;
    const rows = new Uint32Array(Math.max(0, hi - lo));
    let count = 0;
    const yearCounts = new Int32Array(yearCount);
    // Counted per code in the loop (one increment per key and row), spread over the codes' values after it.
    const codeCounts = keys.map((k) => new Int32Array(Math.max(dims[k].members.length, noCode + 1)));
    const { start, span } = c;
    for (let i = lo; i < hi; i++) {
      let fail = fails[i];
      if (fail === EXCLUDED) continue;
      const s = start[i];
      if (s > to || s + span[i] < from) continue;
      if (yearOk) {
        let yearPass = false;
        for (let y = y0[i]; y <= y1[i]; y++) if (yearOk[y - minYear]) yearPass = true;
        if (!yearPass) fail |= 1 << K;
      }
      if (fail & (fail - 1)) continue; // fails two keys or more: counts nowhere
      if (!fail) {
        rows[count++] = i;
        for (let k = 0; k < K; k++) codeCounts[k][codeCols[k][i]]++;
      } else for (let k = 0; k < K; k++) if (fail === 1 << k) codeCounts[k][codeCols[k][i]]++;
      if (!fail || fail === 1 << K) for (let y = y0[i]; y <= y1[i]; y++) yearCounts[y - minYear]++;
    }
    const counts = keys.map((k, j) => {
      const dim = dims[k];
      const out = new Int32Array(dim.values.length);
      // A set code counts once for each value it holds; "no target" counts for none.
      dim.members.forEach((m, code) => {
        for (const v of m) out[v] += codeCounts[j][code];
      });
      return out;
    });
    const facets = {} as Record<FacetKey, Record<string, number>>;
    keys.forEach((k, j) => {
      const dim = dims[k];
      facets[k] = Object.fromEntries(dim.values.map((v, x) => [v, counts[j][x]]));
    });
    facets.years = Object.fromEntries(Array.from(yearCounts, (v, x) => [String(minYear + x), v]));
    // The kept histogram is copied: the answer's arrays are handed over to the page.
    return { rows: rows.slice(0, count), facets, untimed, hist: hist.slice() };
  }

  return { n, query, years: [minYear, maxYear] };
}
