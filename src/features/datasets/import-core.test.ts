import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetError } from '../../domain/dataset';
import { parseDataset, type ParsedDataset } from '../../domain/dataset';
import { parseGovernorates } from '../../domain/geo';
import { makeOp } from '../../domain/test-ops';
import { EXPORT_HEADER_NAMES } from './csv-headers';
import { checkerCount, importAssembler } from './import-client';
import { importFile, type CheckerPool } from './import-core';
import type { ImportMessage } from './import-protocol';
import { checkBatch } from '../../domain/dataset-batches';

type Post = (m: ImportMessage) => void;

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const today = '2026-11-27';
const DY: [number, number] = [40.45232, 35.0865];
const options = { headers: EXPORT_HEADER_NAMES, today, batch: 2, progressEvery: 0 };

/** Runs the worker's work on a file (checked by `pool`, default this thread), and puts the dataset together as
 * the page does (import-client's assembler). Messages are cloned, as postMessage does. */
async function run(name: string, content: string | Uint8Array, pool?: (post: Post) => CheckerPool, batch = 2) {
  const messages: ImportMessage[] = [];
  let result = null as ParsedDataset | { failure: unknown } | null;
  let checkersStopped = false;
  const page = importAssembler({
    onProgress: () => {},
    onDone: (dataset) => (result = dataset),
    onFailed: (failure) => (result = { failure }),
    stop: () => {},
    stopCheckers: () => (checkersStopped = true),
  });
  const post: Post = (m) => {
    messages.push(structuredClone(m));
    page.take(structuredClone(m), false);
  };
  const fromChecker: Post = (m) => {
    messages.push(structuredClone(m));
    page.take(structuredClone(m), true);
  };
  // Small chunks, as a browser reads a large file: 64 bytes at a time.
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const parts = Array.from({ length: Math.ceil(bytes.length / 64) }, (_, k) => bytes.slice(k * 64, k * 64 + 64));
  await importFile({ file: new File(parts, name), govs }, post, { ...options, batch, pool: pool?.(fromChecker) });
  // Let checkers that were still busy finish, as workers would (what they send after a restart is ignored).
  await new Promise((r) => setTimeout(r, 120));
  return { messages, result, types: messages.map((m) => m.type), checkersStopped };
}

/**
 * Checkers that answer out of order: each batch comes back after its own delay (later batches often first),
 * the operations reaching the page on another channel than the summary, often well after it.
 */
const shufflingPool =
  (delays: number[]) =>
  (post: Post): CheckerPool => ({
    capacity: 4,
    check(batch) {
      const { ops, summary } = checkBatch(batch, { govs, today });
      const wait = delays[batch.seq % delays.length];
      setTimeout(() => post({ type: 'operations', seq: batch.seq, operations: ops }), 2 * wait + (batch.seq % 2) * 3);
      return new Promise((resolve) => setTimeout(() => resolve(summary), wait));
    },
  });

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

describe('checking the batches in several workers at once', () => {
  // Rows the whole file must decide: an id given twice across batches (the first valid one wins, an invalid
  // first one takes nothing), refused rows in several batches, an id that differs from properties.id, and
  // dates out of order with ties.
  const bad = makeOp({ id: 'dup', date: '2019-02-30' }, DY);
  const features = [
    makeOp({ id: 'a', date: '2021-06-01' }, DY),
    bad,
    makeOp({ id: 'b', date: '2019-01-01' }, DY),
    makeOp({ id: 'dup', date: '2018-01-01' }, DY),
    makeOp({ id: 'iraq' }, [44.4, 33.3]),
    makeOp({ id: 'c', date: '2019-01-01' }, DY),
    makeOp({ id: 'a', date: '2017-01-01' }, DY),
    { ...makeOp({ id: 'd' }, DY), id: 'other' },
    makeOp({ id: 'dup', date: '2016-01-01' }, DY),
    makeOp({ id: 'e', date: '2019-01-01' }, DY),
    makeOp({ id: 'f', date: '2020-02-02' }, DY),
  ];
  const text = collection(features);

  it.each([
    ['later batches first', [40, 30, 20, 10, 0]],
    ['mixed', [5, 0, 25, 0, 10, 15]],
    ['in order', [0]],
  ])('gives parseDataset’s rows, lines and issues whatever order the batches come back in (%s)', async (_, delays) => {
    for (const batch of [1, 2, 3, 4, 100]) {
      const { result } = await run('mine.geojson', text, shufflingPool(delays), batch);
      expect(result).toEqual(whole('mine.geojson', text));
    }
    const expected = whole('mine.geojson', text);
    expect(expected.operations.map((o) => o.id)).toEqual(['dup', 'b', 'c', 'e', 'f', 'a']);
    expect(expected.errors.map((e) => [e.row, e.issues[0].code])).toEqual([
      [2, 'notRealDate'],
      [5, 'outsideSyria'],
      [7, 'duplicateId'],
      [8, 'idMismatch'],
      [9, 'duplicateId'],
    ]);
  });

  it('gives up on a feature that is not JSON, found by a checker while later batches are out, and reads the file whole', async () => {
    const broken = text.replace('"id":"e"', '"id":e');
    const { result, types, checkersStopped } = await run('broken.geojson', broken, shufflingPool([0, 20, 0]), 2);
    expect(types).toContain('restart');
    expect(checkersStopped).toBe(true);
    const refusal = (() => {
      try {
        whole('broken.geojson', broken);
      } catch (e) {
        return e as DatasetError;
      }
    })();
    expect(refusal?.problem.code).toBe('notJson');
    expect(result).toEqual({ failure: { file: 'broken.geojson', problem: refusal?.problem } });
  });

  it('withdraws what the checkers sent when the stream gives up', async () => {
    const twice = `${collection(features.slice(0, 4)).slice(0, -1)},"features":[${JSON.stringify(features[5])}]}`;
    const { result, types } = await run('twice.geojson', twice, shufflingPool([50, 0]), 1);
    expect(types.indexOf('operations')).toBeLessThan(types.indexOf('restart'));
    expect(result).toEqual(whole('twice.geojson', twice));
    expect((result as ParsedDataset).operations.map((o) => o.id)).toEqual(['c']);
  });

  it('the page ignores a checker’s batch that comes after a restart, and waits for batches that come after the end', () => {
    const got: string[][] = [];
    const stopped: string[] = [];
    const page = importAssembler({
      onProgress: () => {},
      onDone: (d) => got.push(d.operations.map((o) => o.id)),
      onFailed: () => got.push(['failed']),
      stop: () => stopped.push('all'),
      stopCheckers: () => stopped.push('checkers'),
    });
    const op = (id: string) => makeOp({ id }, DY);
    const dataset = { name: 'x.geojson', format: 'geojson' as const, errors: [], synthetic: false, version: null };
    page.take({ type: 'operations', seq: 0, operations: [op('stale0')] }, true);
    page.take({ type: 'restart' }, false);
    expect(stopped).toEqual(['checkers']);
    page.take({ type: 'operations', seq: 1, operations: [op('stale1')] }, true);
    page.take({ type: 'operations', seq: 1, operations: [op('b'), op('c')] }, false);
    page.take({ type: 'done', dataset, order: new Uint32Array([2, 0]), batches: 2 }, false);
    expect(got).toEqual([]);
    page.take({ type: 'operations', seq: 0, operations: [op('a')] }, false);
    expect(got).toEqual([['c', 'a']]);
    expect(stopped).toEqual(['checkers', 'all']);
    // Nothing after the end reaches the page.
    page.take({ type: 'failed', failure: { file: 'x', problem: { code: 'empty' } } }, false);
    expect(got).toHaveLength(1);
  });

  it('one checker per core, at most four, and none for a CSV (read whole)', () => {
    expect([1, 2, 3, 8].map((cores) => checkerCount('a.geojson', cores))).toEqual([1, 2, 3, 4]);
    expect(checkerCount('a.json', 0)).toBe(1);
    expect(checkerCount('events.CSV', 8)).toBe(0);
  });
});
