/**
 * Columnar filter engine: the fast path behind `filterOperations`. Operations are ordered by start day; each
 * categorical value has a bitset over that order; a time range becomes a binary-searched slice of positions.
 * A query ANDs the per-key ORs of bitsets word by word, then walks only the time slice. Results equal the
 * straightforward filter (a property test compares them) and come back in date order.
 */
import { toDay } from './dates';
import type { FacetKey, Filters } from './filters';
import { matchesQuery } from './search';
import type { OperationFeature } from './operation-schema';

type Bits = Uint32Array;

export interface Engine {
  readonly ops: OperationFeature[];
  /** Positions (indices into `ops`) of the matching operations, in date order. A view: copy to keep. */
  query(f: Filters, skip?: FacetKey): Uint32Array;
  /** For each option of `key`: matches of that option under every other filter. */
  facet(f: Filters, key: FacetKey, options: string[]): Record<string, number>;
}

const KEYS: FacetKey[] = ['years', 'actors', 'targets', 'types', 'gov', 'prec', 'conf'];

function valuesOf(op: OperationFeature, key: FacetKey, y0: number, y1: number): string[] {
  const p = op.properties;
  switch (key) {
    case 'years':
      return Array.from({ length: y1 - y0 + 1 }, (_, i) => String(y0 + i));
    case 'actors':
      return p.actors;
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

export function buildEngine(input: OperationFeature[]): Engine {
  const ops = [...input].sort((a, b) =>
    a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0,
  );
  const n = ops.length;
  const words = (n + 31) >>> 5;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const airborne: Bits = new Uint32Array(words);
  const index = new Map<FacetKey, Map<string, Bits>>(KEYS.map((k) => [k, new Map()]));
  let maxSpan = 0;

  ops.forEach((op, i) => {
    const p = op.properties;
    start[i] = toDay(p.date);
    end[i] = p.date_end ? toDay(p.date_end) : start[i];
    maxSpan = Math.max(maxSpan, end[i] - start[i]);
    if (p.airborne_explicit) airborne[i >>> 5] |= 1 << (i & 31);
    const y0 = Number(p.date.slice(0, 4));
    const y1 = Number((p.date_end ?? p.date).slice(0, 4));
    for (const key of KEYS) {
      const byValue = index.get(key)!;
      for (const v of valuesOf(op, key, y0, y1)) {
        let bits = byValue.get(v);
        if (!bits) byValue.set(v, (bits = new Uint32Array(words)));
        bits[i >>> 5] |= 1 << (i & 31);
      }
    }
  });

  // Scratch buffers reused by every query: no allocation per timeline step.
  const mask: Bits = new Uint32Array(words);
  const any: Bits = new Uint32Array(words);
  const out = new Uint32Array(n);

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
    const lo = from === -Infinity ? 0 : lowerBound(from - maxSpan);
    const hi = to === Infinity ? n : lowerBound(to + 1);
    let masked = false;
    if (f.airborne) {
      mask.set(airborne);
      masked = true;
    }
    for (const key of KEYS) {
      const values = f[key] as (string | number)[];
      if (key === skip || values.length === 0) continue;
      any.fill(0);
      const byValue = index.get(key)!;
      for (const v of values) {
        const bits = byValue.get(String(v));
        if (bits) for (let w = 0; w < words; w++) any[w] |= bits[w];
      }
      if (masked) for (let w = 0; w < words; w++) mask[w] &= any[w];
      else mask.set(any);
      masked = true;
    }
    const q = f.q.trim();
    let count = 0;
    for (let i = lo; i < hi; i++) {
      if (masked && !(mask[i >>> 5] & (1 << (i & 31)))) continue;
      if (end[i] < from) continue;
      if (q && !matchesQuery(ops[i], q)) continue;
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

  return { ops, query, facet };
}

const engines = new WeakMap<OperationFeature[], Engine>();

/** The engine for an operations array, built once per array. */
export function engineFor(ops: OperationFeature[]): Engine {
  let e = engines.get(ops);
  if (!e) engines.set(ops, (e = buildEngine(ops)));
  return e;
}
