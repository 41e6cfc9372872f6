import { mkdtempSync, openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSource, PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { rng } from '../synth/synth';
import { writeArchive, type ArchiveTile } from './pmtiles-writer';

/** Writes the archive to a file and opens it with the `pmtiles` reader, as a browser would a remote one. */
async function open(tiles: ArchiveTile[], maxzoom = 3) {
  const parts = writeArchive(tiles, {
    minzoom: 0,
    maxzoom,
    bounds: [35.6, 32.3, 42.4, 37.3],
    center: [39, 34.8, 6],
    metadata: { name: 'test', vector_layers: [{ id: 'operations' }] },
  });
  const path = join(mkdtempSync(join(tmpdir(), 'pmtiles-')), 'test.pmtiles');
  writeFileSync(path, Buffer.concat(parts));
  return new PMTiles(new FileSource(new File([await openAsBlob(path)], 'test.pmtiles')));
}

const text = (s: string | Buffer) => gzipSync(typeof s === 'string' ? Buffer.from(s) : s);
const read = async (p: PMTiles, z: number, x: number, y: number) => {
  // The reader unzips tiles itself (the header says they are gzipped).
  const got = await p.getZxy(z, x, y);
  return got ? Buffer.from(got.data).toString() : null;
};

describe('PMTiles v3 writer', () => {
  it('writes a header, metadata and tiles the pmtiles reader reads back', async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, data: text('world') },
      { z: 1, x: 1, y: 0, data: text('north-east') },
      { z: 3, x: 4, y: 3, data: text('syria') },
    ];
    const p = await open(tiles);
    const h = await p.getHeader();
    expect(h).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 3,
      tileCompression: 2,
      tileType: 1,
      clustered: true,
    });
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat, h.centerZoom]).toEqual([35.6, 32.3, 42.4, 37.3, 6]);
    expect(h.numAddressedTiles).toBe(3);
    expect(await p.getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: 'operations' }] });
    for (const [z, x, y, want] of [
      [0, 0, 0, 'world'],
      [1, 1, 0, 'north-east'],
      [3, 4, 3, 'syria'],
      [1, 0, 0, null],
      [3, 4, 4, null],
    ] as const)
      expect(await read(p, z, x, y)).toBe(want);
  });

  it('stores identical tiles once and runs of them as one entry', async () => {
    const same = text('same');
    // Tile ids 1–4 are the four tiles of zoom 1: one run of identical content.
    const tiles = [0, 1].flatMap((x) => [0, 1].map((y) => ({ z: 1, x, y, data: same })));
    const p = await open([...tiles, { z: 2, x: 0, y: 0, data: same }, { z: 2, x: 1, y: 1, data: text('other') }]);
    const h = await p.getHeader();
    expect([h.numAddressedTiles, h.numTileContents]).toEqual([6, 2]);
    expect(h.numTileEntries).toBeLessThan(6);
    for (const [x, y] of [
      [0, 0],
      [1, 1],
      [0, 1],
    ])
      expect(await read(p, 1, x, y)).toBe('same');
    expect(await read(p, 2, 1, 1)).toBe('other');
  });

  it('moves entries to leaf directories when the root would pass 16 KiB', async () => {
    // 30,000 tiles of zoom 8 with random lengths that do not compress away: more than a 16 KiB root holds.
    // Only the tiles read back are gzipped (30,000 gzip calls take seconds); the writer stores bytes as given.
    const r = rng(7);
    const checked = [0, 1, 5000, 29_999];
    const tiles = Array.from({ length: 30_000 }, (_, k) => {
      const body = Buffer.from(`tile ${k} ${'x'.repeat(Math.floor(r() * 2000))}`);
      return { z: 8, x: (k * 2) % 256, y: Math.floor((k * 2) / 256), data: checked.includes(k) ? text(body) : body };
    });
    const p = await open(tiles, 8);
    const h = await p.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.numTileEntries).toBe(30_000);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16384);
    for (const k of checked) {
      const got = await read(p, 8, (k * 2) % 256, Math.floor((k * 2) / 256));
      expect(got?.split(' ').slice(0, 2).join(' ')).toBe(`tile ${k}`);
    }
  });
});
