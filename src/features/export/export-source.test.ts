import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../../domain/meta-schema';
import { makeOp } from '../../domain/test-ops';
import { exportSource } from './export-source';

const meta = { version: '3731c8d77498', synthetic: false } as Meta;

describe('export source', () => {
  it('is the atlas data, its version and flag, when no dataset is open', async () => {
    expect(await exportSource(meta, null)).toEqual({
      name: 'airborne-operations',
      version: '3731c8d77498',
      synthetic: false,
      atlas: true,
    });
  });

  it("is an opened dataset's name, content hash and synthetic flag otherwise", async () => {
    const operations = [makeOp({ id: 'a' }), makeOp({ id: 'b' })];
    const hash = createHash('sha256').update(JSON.stringify(operations)).digest('hex').slice(0, 12);
    expect(await exportSource(meta, { name: 'mine.geojson', synthetic: true, operations })).toEqual({
      name: 'mine.geojson',
      version: hash,
      synthetic: true,
      atlas: false,
    });
    const other = [makeOp({ id: 'a' })];
    expect((await exportSource(meta, { name: 'mine.geojson', synthetic: true, operations: other })).version).not.toBe(
      hash,
    );
  });

  it("keeps a dataset's own version when it names one", async () => {
    const ds = { name: 'x.geojson', synthetic: false, operations: [], version: '2024.1' };
    expect((await exportSource(meta, ds)).version).toBe('2024.1');
  });
});
