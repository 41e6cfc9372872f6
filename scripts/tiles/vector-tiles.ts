/**
 * The vector tiles of a tiled dataset: one layer of points, one feature per kept operation (thinning.ts), its
 * row as the feature id and the properties layer filters and styles need, named as the map's GeoJSON names them
 * (map-data.ts) so the same expressions apply. Strings cost nothing per feature (each tile stores a value once),
 * so facets stay readable ids; sets (`types`, `actors`) are sorted ids joined by `+`. Booleans are written only
 * when true, and `n` only when a feature stands for more than itself. No buffer: MapLibre draws a point only
 * from the tile that holds it. Tiles are built with @maplibre/geojson-vt, encoded with @maplibre/vt-pbf, gzipped.
 */
import { gzipSync } from 'node:zlib';
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { fromDay } from '../../src/domain/dates';
import { FLAG, type TiledValues } from '../../src/domain/tiled-format';
import type { Collected } from './collect';
import type { Level } from './thinning';

export const LAYER = 'operations';
export const EXTENT = 4096;

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** Gzipped MVT. */
  data: Uint8Array;
  features: number;
}

const NONE = 0xffffffff;
const value = (values: TiledValues, kind: keyof TiledValues, code: number) =>
  code === NONE ? null : values[kind][code];

/** The tile properties of one row (`n`: how many operations the feature stands for at this zoom). */
export function tileProperties(c: Collected, row: number, n: number): Record<string, string | number | boolean> {
  const v = (kind: keyof TiledValues) => value(c.values, kind, c.codes[kind][row]);
  const s = c.start[row];
  const e = s + c.span[row];
  const props: Record<string, string | number | boolean> = {
    type: v('types')!,
    types: v('typeSets')!,
    actors: v('actorSets')!,
    governorate: v('governorates')!,
    location_precision: v('precisions')!,
    confidence: v('confidence')!,
    s,
    e,
    y0: Number(fromDay(s).slice(0, 4)),
    y1: Number(fromDay(e).slice(0, 4)),
  };
  const target = v('targets');
  if (target !== null) props.target = target;
  const f = c.flags[row];
  if (f & FLAG.dateDisputed) props.date_disputed = true;
  if (f & FLAG.airborneExplicit) props.airborne_explicit = true;
  if (f & FLAG.corroborated) props.corroborated = true;
  if (n > 1) props.n = n;
  return props;
}

/** Every tile of every level, in no particular order. `x`/`y`: Web Mercator positions of the rows. */
export function buildTiles(c: Collected, levels: Level[], x: Float64Array, y: Float64Array): Tile[] {
  const tiles: Tile[] = [];
  for (const { z, rows, weights } of levels) {
    const size = 2 ** z;
    const byTile = new Map<number, number[]>();
    rows.forEach((row, k) => {
      const at = (v: number) => Math.min(size - 1, Math.floor(v * size));
      const key = at(x[row]) * size + at(y[row]);
      const list = byTile.get(key);
      if (list) list.push(k);
      else byTile.set(key, [k]);
    });
    for (const [key, ks] of byTile) {
      const tx = Math.floor(key / size);
      const ty = key - tx * size;
      const features = ks.map((k) => {
        const row = rows[k];
        return {
          type: 'Feature' as const,
          id: row,
          geometry: { type: 'Point' as const, coordinates: [c.lon[row], c.lat[row]] },
          properties: tileProperties(c, row, weights[k]),
        };
      });
      const tile = geoJSONToTile({ type: 'FeatureCollection', features }, z, tx, ty, { extent: EXTENT, buffer: 0 });
      // geojson-vt rounds to the grid: a point within half a unit of the east or south edge lands on 4096,
      // which MapLibre skips as outside the tile. One unit west or north (1/16 px) keeps it.
      for (const f of tile.features)
        for (const p of f.geometry as number[][]) for (let k = 0; k < 2; k++) p[k] = Math.min(p[k], EXTENT - 1);
      const mvt = fromGeojsonVt({ [LAYER]: tile }, { version: 2, extent: EXTENT });
      tiles.push({ z, x: tx, y: ty, data: gzipSync(mvt), features: features.length });
    }
  }
  return tiles;
}
