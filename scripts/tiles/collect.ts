/**
 * The first pass of the tiles build: each valid operation, in input order, becomes a few numbers (days, codes,
 * coordinates, flags, outcomes), its id, its search keys (as interned numbers) and its record text, handed to a
 * spool so that a million records never sit in memory as objects. `finish` puts the rows in date order.
 */
import { CORROBORATED, corroborationOf } from '../../src/domain/corroboration';
import { dateOrder } from '../../src/domain/dataset-reader';
import { toDay } from '../../src/domain/dates';
import { actorSetKey } from '../../src/domain/filter-engine';
import type { OperationFeature } from '../../src/domain/operation-schema';
import { FLAG, OUTCOME_COLUMNS, type TiledValues } from '../../src/domain/tiled-format';
import { operationKeys } from '../../src/domain/token-index';

/** Where record texts wait until the rows are in date order (a temp file in the CLI, memory in tests). */
export interface RecordSpool {
  put(text: string): void;
  /** The text of the k-th record put. */
  get(k: number): string;
}

export const memorySpool = (): RecordSpool => {
  const texts: string[] = [];
  return { put: (t) => void texts.push(t), get: (k) => texts[k] };
};

/** Interns values of one kind: code k is the k-th distinct value seen (renumbered in sorted order at the end). */
class Codes {
  private readonly map = new Map<string, number>();
  readonly values: string[] = [];
  code(v: string): number {
    let c = this.map.get(v);
    if (c === undefined) this.map.set(v, (c = this.values.push(v) - 1));
    return c;
  }
  /** Values sorted, and old code → new code. */
  sorted(): { values: string[]; remap: Uint32Array } {
    const values = [...this.values].sort();
    const at = new Map(values.map((v, i) => [v, i]));
    return { values, remap: Uint32Array.from(this.values, (v) => at.get(v)!) };
  }
}

const CODE_KINDS = [
  'types',
  'typeSets',
  'actorSets',
  'targets',
  'governorates',
  'precisions',
  'confidence',
  'datePrecisions',
] as const;
type CodeKind = (typeof CODE_KINDS)[number];
const setKey = (values: readonly string[]) => actorSetKey(values);

/** Growable Uint32 list (search keys of all rows: tens of millions at 1M operations). */
class U32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export interface Collected {
  n: number;
  /** Input position of each row (rows in date order). */
  order: Uint32Array;
  ids: string[];
  start: Int32Array;
  span: Uint16Array;
  lon: Float64Array;
  lat: Float64Array;
  codes: Record<CodeKind, Uint32Array>;
  values: TiledValues;
  flags: Uint8Array;
  /** Rows with any outcome figure, and the figures (-1: not stated), row-major by OUTCOME_COLUMNS. */
  outcomeRows: number[];
  outcomes: number[];
  keys: string[];
  /** Search keys of input position i: keyIds[keyStarts[i] … keyStarts[i + 1]). */
  keyIds: Uint32Array;
  keyStarts: Uint32Array;
  dates: { first: string; last: string } | null;
}

export function collector(spool: RecordSpool) {
  const codes = Object.fromEntries(CODE_KINDS.map((k) => [k, new Codes()])) as Record<CodeKind, Codes>;
  const cols = Object.fromEntries(CODE_KINDS.map((k) => [k, [] as number[]])) as Record<CodeKind, number[]>;
  const ids: string[] = [];
  const dates: string[] = [];
  const [start, span, lon, lat, flags, outcomeAt, outcomes] = [[], [], [], [], [], [], []] as number[][];
  const keys = new Codes();
  const keyIds = new U32List();
  const keyStarts: number[] = [0];

  function add(op: OperationFeature) {
    const p = op.properties;
    const i = ids.push(op.id) - 1;
    dates.push(p.date);
    const s = toDay(p.date);
    start.push(s);
    const days = (p.date_end ? toDay(p.date_end) : s) - s;
    if (days > 0xffff) throw new Error(`${op.id}: a span of ${days} days does not fit the index`);
    span.push(days);
    lon.push(op.geometry.coordinates[0]);
    lat.push(op.geometry.coordinates[1]);
    const put = (k: CodeKind, v: string | null) => cols[k].push(v === null ? -1 : codes[k].code(v));
    put('types', p.type);
    put('typeSets', setKey([p.type, ...p.secondary_types]));
    put('actorSets', setKey(p.actors));
    put('targets', p.target);
    put('governorates', p.governorate);
    put('precisions', p.location_precision);
    put('confidence', p.confidence);
    put('datePrecisions', p.date_precision);
    flags.push(
      (p.airborne_explicit ? FLAG.airborneExplicit : 0) |
        (corroborationOf(p) >= CORROBORATED ? FLAG.corroborated : 0) |
        (p.date_disputed ? FLAG.dateDisputed : 0),
    );
    const figures = OUTCOME_COLUMNS.map((c) => p[c] ?? -1);
    if (figures.some((v) => v >= 0)) {
      outcomeAt.push(i);
      outcomes.push(...figures);
    }
    for (const key of operationKeys(op)) keyIds.push(keys.code(key));
    keyStarts.push(keyIds.length);
    spool.put(JSON.stringify(op));
  }

  function finish(): Collected {
    const order = dateOrder(dates);
    const n = order.length;
    const rowOf = new Uint32Array(n);
    order.forEach((input, row) => (rowOf[input] = row));
    const byRow = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(from: number[], into: T) => {
      order.forEach((input, row) => (into[row] = from[input]));
      return into;
    };
    const values = {} as TiledValues;
    const coded = {} as Record<CodeKind, Uint32Array>;
    for (const k of CODE_KINDS) {
      const { values: sorted, remap } = codes[k].sorted();
      values[k] = sorted;
      coded[k] = Uint32Array.from(order, (input) => (cols[k][input] < 0 ? 0xffffffff : remap[cols[k][input]]));
    }
    const outcomeRows = outcomeAt.map((i) => rowOf[i]);
    const byOutcomeRow = [...outcomeRows.keys()].sort((a, b) => outcomeRows[a] - outcomeRows[b]);
    const W = OUTCOME_COLUMNS.length;
    return {
      n,
      order,
      ids: Array.from(order, (i) => ids[i]),
      start: byRow(start, new Int32Array(n)),
      span: byRow(span, new Uint16Array(n)),
      lon: byRow(lon, new Float64Array(n)),
      lat: byRow(lat, new Float64Array(n)),
      codes: coded,
      values,
      flags: byRow(flags, new Uint8Array(n)),
      outcomeRows: byOutcomeRow.map((k) => outcomeRows[k]),
      outcomes: byOutcomeRow.flatMap((k) => outcomes.slice(k * W, k * W + W)),
      keys: keys.values,
      keyIds: keyIds.data.subarray(0, keyIds.length),
      keyStarts: Uint32Array.from(keyStarts),
      dates: n ? { first: dates[order[0]], last: dates[order[n - 1]] } : null,
    };
  }

  return { add, finish, count: () => ids.length };
}
