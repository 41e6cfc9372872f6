/**
 * Writes `index.bin` (layout in src/domain/tiled-format.ts): ids, dates, coordinates, facet codes, flags,
 * sparse outcomes and record chunk starts, as typed arrays on 8-byte boundaries. Code columns take the
 * smallest type their value table fits (with room for the "no value" code).
 */
import { NO_CODE, OUTCOME_COLUMNS, type ColumnType, type IndexColumn } from '../../src/domain/tiled-format';
import type { Collected } from './collect';

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float32Array;

const CODE_COLUMNS = {
  type: 'types',
  type_set: 'typeSets',
  actor_set: 'actorSets',
  target: 'targets',
  gov: 'governorates',
  prec: 'precisions',
  conf: 'confidence',
  date_prec: 'datePrecisions',
} as const;

function codeColumn(codes: Uint32Array, distinct: number): Typed {
  const type: 'uint8' | 'uint16' = distinct < NO_CODE.uint8 ? 'uint8' : 'uint16';
  if (distinct >= NO_CODE.uint16) throw new Error(`index: ${distinct} distinct values do not fit a code column`);
  const out = type === 'uint8' ? new Uint8Array(codes.length) : new Uint16Array(codes.length);
  codes.forEach((c, i) => (out[i] = c === 0xffffffff ? NO_CODE[type] : c));
  return out;
}

const typeOf = (a: Typed): ColumnType =>
  a instanceof Int32Array
    ? 'int32'
    : a instanceof Uint32Array
      ? 'uint32'
      : a instanceof Uint16Array
        ? 'uint16'
        : a instanceof Float32Array
          ? 'float32'
          : 'uint8';

/** Rows sorted by id, ids compared as UTF-8 bytes (what `rowOf` searches). */
function idOrder(ids: Uint8Array[]): Uint32Array {
  return Uint32Array.from(ids.keys()).sort((a, b) => Buffer.compare(ids[a], ids[b]));
}

export function encodeIndex(
  c: Collected,
  chunkStarts: readonly number[],
): { bytes: Uint8Array; columns: IndexColumn[] } {
  const encoder = new TextEncoder();
  const idBytes = c.ids.map((id) => encoder.encode(id));
  const offsets = new Uint32Array(c.n + 1);
  idBytes.forEach((b, i) => (offsets[i + 1] = offsets[i] + b.length));
  const blob = new Uint8Array(offsets[c.n]);
  idBytes.forEach((b, i) => blob.set(b, offsets[i]));
  const W = OUTCOME_COLUMNS.length;
  const arrays: [string, Typed][] = [
    ['id_offsets', offsets],
    ['id_bytes', blob],
    ['id_order', idOrder(idBytes)],
    ['start', c.start],
    ['span', c.span],
    ['lon', Float32Array.from(c.lon)],
    ['lat', Float32Array.from(c.lat)],
    ...Object.entries(CODE_COLUMNS).map(
      ([name, kind]) => [name, codeColumn(c.codes[kind], c.values[kind].length)] as [string, Typed],
    ),
    ['flags', c.flags],
    ['outcome_rows', Uint32Array.from(c.outcomeRows)],
    ...OUTCOME_COLUMNS.map(
      (name, k) =>
        [name, Int32Array.from({ length: c.outcomeRows.length }, (_, r) => c.outcomes[r * W + k])] as [string, Typed],
    ),
    ['chunk_start', Uint32Array.from(chunkStarts)],
  ];
  const columns: IndexColumn[] = [];
  let size = 0;
  for (const [name, a] of arrays) {
    columns.push({ name, type: typeOf(a), offset: size, length: a.length });
    size += Math.ceil(a.byteLength / 8) * 8;
  }
  const bytes = new Uint8Array(size);
  arrays.forEach(([, a], k) => bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), columns[k].offset));
  return { bytes, columns };
}
