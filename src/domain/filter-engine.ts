/**
 * Columnar filter engine: the fast path behind `filterOperations`. Operations are ordered by start day; each
 * categorical value has a bitset over that order; a time range becomes a binary-searched slice of positions.
 * A query ANDs the per-key ORs of bitsets word by word, then walks only the time slice. Results equal the
 * straightforward filter (a property test compares them) and come back in date order.
 */
import { CORROBORATED, corroborationOf } from './corroboration';
import { toDay } from './dates';
import type { FacetKey, Filters } from './filter-state';
import { filterExtras } from './filter-extras';
import type { SpatialIndex } from './spatial-index';
import type { OperationFeature } from './operation-schema';

type Bits = Uint32Array;

/**
 * Chart dimensions: every filter key (its values exactly as the filter matches them) plus `actorSet`, the
 * combination of actors taking part (one value per operation, e.g. `coalition+sdf`), for stacks that add up.
 */
export type Dim = FacetKey | 'actorSet';

/**
 * Counts of positions per group value (`perGroup`) and per group × series value (`counts`, row-major). Both are
 * reused buffers: read them before the next tally.
 */
export interface Tally {
  groups: readonly string[];
  series: readonly string[];
  perGroup: Int32Array;
  counts: Int32Array;
}

export interface Engine {
  readonly ops: OperationFeature[];
  /** Positions (indices into `ops`) of the matching operations, in date order. A view: copy to keep. */
  query(f: Filters, skip?: FacetKey): Uint32Array;
  /** For each option of `key`: matches of that option under every other filter. */
  facet(f: Filters, key: FacetKey, options: string[]): Record<string, number>;
  /** Cross-counts positions by a group dimension and a series dimension (or none: one series). */
  tally(positions: Uint32Array, group: Dim, series: Dim | null): Tally;
}

/**
 * THE definition of which values an operation has under each filter key; the filter's bitsets and the charts'
 * columns are both built from it, so a chart bar always counts what clicking it would filter. An operation
 * matches every year its date span touches, and its main type and each secondary type.
 */
export function dimValues(op: OperationFeature, dim: Dim): string[] {
  const p = op.properties;
  switch (dim) {
    case 'years': {
      const y0 = Number(p.date.slice(0, 4));
      const y1 = Number((p.date_end ?? p.date).slice(0, 4));
      return Array.from({ length: y1 - y0 + 1 }, (_, i) => String(y0 + i));
    }
    case 'actors':
      return p.actors;
    case 'actorSet':
      return [actorSetKey(p.actors)];
    case 'targets':
      return p.target ? [p.target] : [];
    case 'types':
      return [p.type, ...p.secondary_types];
    case 'gov':
      return [p.governorate];
    case 'prec':
      return [p.location_precision];
    case 'conf':
      return [p.confidence];
  }
}

/** The value of an actor combination: its distinct actor ids, sorted, joined by `+`. */
export function actorSetKey(actors: readonly string[]): string {
  return [...new Set(actors)].sort().join('+');
}

/** One chart dimension as columns: the values of operation i are codes[offsets[i] … offsets[i+1]). */
interface Column {
  values: string[];
  offsets: Uint32Array;
  codes: Uint16Array;
}

function buildColumn(ops: OperationFeature[], dim: Dim): Column {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const offsets = new Uint32Array(ops.length + 1);
  const codes: number[] = [];
  ops.forEach((op, i) => {
    // Distinct values: an operation counts once per value even if the data repeats one.
    for (const v of new Set(dimValues(op, dim))) {
      let c = codeOf.get(v);
      if (c === undefined) codeOf.set(v, (c = values.push(v) - 1));
      codes.push(c);
    }
    offsets[i + 1] = codes.length;
  });
  return { values, offsets, codes: Uint16Array.from(codes) };
}

const KEYS: FacetKey[] = ['years', 'actors', 'targets', 'types', 'gov', 'prec', 'conf'];

/** Start-date order (ISO dates compare as strings); ties keep the input order, the sort being stable. */
function byStartDate(a: OperationFeature, b: OperationFeature): number {
  if (a.properties.date < b.properties.date) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort only asks whether a comparison is negative, so 1 and 0 order alike
  return a.properties.date > b.properties.date ? 1 : 0;
}

export function buildEngine(input: OperationFeature[]): Engine {
  const steps = engineSteps(input);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Operations per step of `engineSteps`: a step is a few milliseconds at most. */
const STEP = 5000;

/** `buildEngine` in steps: it pauses after every STEP operations (so a page can build it across tasks). */
export function* engineSteps(input: OperationFeature[]): Generator<void, Engine, void> {
  const ops = [...input].sort(byStartDate);
  const n = ops.length;
  const words = (n + 31) >>> 5;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const airborne: Bits = new Uint32Array(words);
  const corroborated: Bits = new Uint32Array(words);
  const index = new Map<FacetKey, Map<string, Bits>>(KEYS.map((k) => [k, new Map()]));
  let maxSpan = 0;

  for (let i = 0; i < n; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: pausing more or less often changes no answer
    if (i % STEP === STEP - 1) yield;
    const op = ops[i];
    const p = op.properties;
    start[i] = toDay(p.date);
    end[i] = p.date_end ? toDay(p.date_end) : start[i];
    // Stryker disable next-line ArithmeticOperator: a larger span only starts the scan earlier; `end[i] < from` still decides
    maxSpan = Math.max(maxSpan, end[i] - start[i]);
    if (p.airborne_explicit) airborne[i >>> 5] |= 1 << (i & 31);
    if (corroborationOf(p) >= CORROBORATED) corroborated[i >>> 5] |= 1 << (i & 31);
    for (const key of KEYS) {
      const byValue = index.get(key)!;
      for (const v of dimValues(op, key)) {
        let bits = byValue.get(v);
        if (!bits) byValue.set(v, (bits = new Uint32Array(words)));
        bits[i >>> 5] |= 1 << (i & 31);
      }
    }
  }

  // Scratch buffers reused by every query: no allocation per timeline step.
  const mask: Bits = new Uint32Array(words);
  const any: Bits = new Uint32Array(words);
  const out = new Uint32Array(n);
  // Area and radius: a grid over the positions, built on the first spatial query; the last answer is kept, so
  // that timeline steps under the same area cost nothing more.
  let spatial: SpatialIndex | null = null;
  const spatialBits: Bits = new Uint32Array(words);
  // Stryker disable next-line StringLiteral: any start value works that no query's key equals
  let spatialKey = '';
  const spatialIndex = () =>
    filterExtras().buildSpatialIndex(
      Float64Array.from(ops, (o) => o.geometry.coordinates[0]),
      Float64Array.from(ops, (o) => o.geometry.coordinates[1]),
    );

  /** First position whose start day is ≥ day. */
  const lowerBound = (day: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (start[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  function query(f: Filters, skip?: FacetKey): Uint32Array {
    const from = f.from ? toDay(f.from) : -Infinity;
    const to = f.to ? toDay(f.to) : Infinity;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: a shortcut: lowerBound(-Infinity) is 0, and a scan that starts lower only checks more
    const lo = from === -Infinity ? 0 : lowerBound(from - maxSpan);
    // Stryker disable next-line ConditionalExpression: lowerBound(Infinity + 1) is n as well
    const hi = to === Infinity ? n : lowerBound(to + 1);
    let masked = false;
    if (f.airborne) {
      mask.set(airborne);
      masked = true;
    }
    if (f.corr) {
      // Stryker disable next-line EqualityOperator: `w <= words` only touches one word past the end, which a typed array ignores
      if (masked) for (let w = 0; w < words; w++) mask[w] &= corroborated[w];
      else mask.set(corroborated);
      masked = true;
    }
    if (f.area || f.near?.at) {
      const key = JSON.stringify([f.area, f.near]);
      // Stryker disable next-line ConditionalExpression: caching only; selecting again gives the same bits
      if (key !== spatialKey) {
        (spatial ??= spatialIndex()).select(f.area ?? null, f.near ?? null, spatialBits);
        spatialKey = key;
      }
      // Stryker disable next-line EqualityOperator: `w <= words` only touches one word past the end, which a typed array ignores
      if (masked) for (let w = 0; w < words; w++) mask[w] &= spatialBits[w];
      else mask.set(spatialBits);
      masked = true;
    }
    for (const key of KEYS) {
      const values = f[key] as (string | number)[];
      if (key === skip || values.length === 0) continue;
      any.fill(0);
      const byValue = index.get(key)!;
      for (const v of values) {
        const bits = byValue.get(String(v));
        // Stryker disable next-line EqualityOperator: `w <= words` only touches one word past the end, which a typed array ignores
        if (bits) for (let w = 0; w < words; w++) any[w] |= bits[w];
      }
      // Stryker disable next-line EqualityOperator: as above, one word past the end
      if (masked) for (let w = 0; w < words; w++) mask[w] &= any[w];
      else mask.set(any);
      masked = true;
    }
    // Compiled once per query, with the labels attached to this array (search-vocabulary.ts).
    // Stryker disable next-line MethodExpression: a query of spaces compiles to no words, which match everything; trim only skips compiling
    const search = f.q.trim() ? filterExtras().compiledQuery(f.q, filterExtras().vocabularyOf(input)) : null;
    let count = 0;
    for (let i = lo; i < hi; i++) {
      if (masked && !(mask[i >>> 5] & (1 << (i & 31)))) continue;
      if (end[i] < from) continue;
      if (search && !search.test(ops[i])) continue;
      out[count++] = i;
    }
    return out.subarray(0, count);
  }

  function facet(f: Filters, key: FacetKey, options: string[]): Record<string, number> {
    const positions = query(f, key);
    const byValue = index.get(key)!;
    return Object.fromEntries(
      options.map((o) => {
        const bits = byValue.get(o);
        let c = 0;
        if (bits) for (const i of positions) if (bits[i >>> 5] & (1 << (i & 31))) c++;
        return [o, c];
      }),
    );
  }

  // Chart columns are built on the first tally (the charts are closed by default).
  const columns = new Map<Dim, Column>();
  const column = (dim: Dim) => columns.get(dim) ?? columns.set(dim, buildColumn(ops, dim)).get(dim)!;
  const tallies = new Map<string, { perGroup: Int32Array; counts: Int32Array }>();
  const ONE = { values: ['count'], offsets: new Uint32Array(0), codes: new Uint16Array(0) };

  function tally(positions: Uint32Array, group: Dim, series: Dim | null): Tally {
    const g = column(group);
    const s = series ? column(series) : null;
    const width = s ? s.values.length : 1;
    const size = g.values.length * width;
    const key = `${group}/${series}`;
    let buffers = tallies.get(key);
    // Stryker disable next-line ConditionalExpression: reusing the buffers saves allocation only; they are zeroed before counting
    if (!buffers)
      tallies.set(key, (buffers = { perGroup: new Int32Array(g.values.length), counts: new Int32Array(size) }));
    const { perGroup, counts } = buffers;
    perGroup.fill(0);
    counts.fill(0);
    for (const i of positions)
      for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
        perGroup[g.codes[a]]++;
        const row = g.codes[a] * width;
        if (!s) counts[row]++;
        else for (let b = s.offsets[i]; b < s.offsets[i + 1]; b++) counts[row + s.codes[b]]++;
      }
    return { groups: g.values, series: (s ?? ONE).values, perGroup, counts };
  }

  return { ops, query, facet, tally };
}
