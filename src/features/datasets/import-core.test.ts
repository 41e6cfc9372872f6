import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type ParsedDataset } from '../../domain/dataset';
import { parseGovernorates } from '../../domain/geo';
import type { OperationFeature } from '../../domain/operation-schema';
import { makeOp } from '../../domain/test-ops';
import { EXPORT_HEADER_NAMES } from './csv-headers';
import { inDateOrder } from './import-client';
import { importFile } from './import-core';
import type { ImportMessage } from './import-protocol';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const today = '2026-11-27';
const DY: [number, number] = [40.45232, 35.0865];
const options = { headers: EXPORT_HEADER_NAMES, today, batch: 2, progressEvery: 0 };

/** Runs the worker's work on a file, and puts the dataset together as the page does. */
async function run(name: string, content: string | Uint8Array) {
  const messages: ImportMessage[] = [];
  // Small chunks, as a browser reads a large file: 64 bytes at a time.
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const parts = Array.from({ length: Math.ceil(bytes.length / 64) }, (_, k) => bytes.slice(k * 64, k * 64 + 64));
  await importFile({ file: new File(parts, name), govs }, (m) => messages.push(structuredClone(m)), options);
  let found: OperationFeature[] = [];
  let result: ParsedDataset | { failure: unknown } | null = null;
  for (const m of messages) {
    if (m.type === 'operations') found.push(...m.operations);
    else if (m.type === 'restart') found = [];
    else if (m.type === 'done') result = { ...m.dataset, operations: inDateOrder(found, m.order) };
    else if (m.type === 'failed') result = { failure: m.failure };
  }
  return { messages, result, types: messages.map((m) => m.type) };
}

const whole = (name: string, text: string) =>
  parseDataset(name, new TextEncoder().encode(text), govs, { headers: EXPORT_HEADER_NAMES, today });

const ops = [
  makeOp({ id: 'late', date: '2021-06-01' }, DY),
  makeOp({ id: 'early', date: '2019-01-01' }, DY),
  makeOp({ id: 'iraq' }, [44.4, 33.3]),
  makeOp({ id: 'middle', date: '2020-01-01' }, DY),
];
const collection = (features: unknown[]) =>
  `{"type":"FeatureCollection","synthetic":true,"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}`;

describe('opening a local file in the worker', () => {
  it('checks a GeoJSON as it is read: the same dataset as parseDataset, operations sent in batches as found', async () => {
    const text = collection(ops);
    const { messages, result, types } = await run('mine.geojson', text);
    expect(result).toEqual(whole('mine.geojson', text));
    expect(types.filter((t) => t === 'operations').length).toBe(2);
    // Progress comes while reading, interleaved with the batches, and ends at the whole file.
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((p) => p.phase === 'streaming')).toBe(true);
    expect(progress.map((p) => p.bytes)).toEqual([...progress.map((p) => p.bytes)].sort((a, b) => a - b));
    const size = new TextEncoder().encode(text).length;
    expect(progress.at(-1)).toMatchObject({ bytes: size, total: size, rows: 4 });
    expect(types.indexOf('operations')).toBeLessThan(types.lastIndexOf('progress'));
    expect(types.at(-1)).toBe('done');
  });

  it('reads a CSV whole with progress, then checks it as parseDataset does', async () => {
    const csv =
      'lon,lat,date,Title (English)\n40.45232,35.0865,2020-05-18,One\n44.4,33.3,2020-01-01,Iraq\n40.14,35.33,2019-03-04,Two\n';
    const { messages, result } = await run('events.csv', csv);
    expect(result).toEqual(whole('events.csv', csv));
    expect((result as ParsedDataset).operations.map((o) => o.properties.title_en)).toEqual(['Two', 'One']);
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.phase] : []));
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('checking');
  });

  it('withdraws what the stream sent when it gives up, and gives parseDataset’s dataset', async () => {
    // A second "features" member: JSON.parse keeps the last one, the stream gives up on seeing it twice.
    const text = `${collection(ops.slice(0, 2)).slice(0, -1)},"features":[${JSON.stringify(ops[3])}]}`;
    const { result, types } = await run('twice.geojson', text);
    expect(types).toContain('restart');
    expect(types.indexOf('operations')).toBeLessThan(types.indexOf('restart'));
    expect(result).toEqual(whole('twice.geojson', text));
    expect((result as ParsedDataset).operations.map((o) => o.id)).toEqual(['middle']);
  });

  it('refuses a file that cannot be used with parseDataset’s problem and line', async () => {
    const truncated = await run('cut.geojson', collection(ops).slice(0, -3));
    expect(truncated.result).toEqual({
      failure: { file: 'cut.geojson', problem: { code: 'notJson', line: 5 } },
    });
    const latin1 = new Uint8Array([...new TextEncoder().encode('lon,lat,date\n1,2,Caf'), 0xe9, 10]);
    expect((await run('latin1.csv', latin1)).result).toEqual({
      failure: { file: 'latin1.csv', problem: { code: 'invalidUtf8', line: 2 } },
    });
  });
});
