import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toDay } from '../../domain/dates';
import { noFilters, type Filters } from '../../domain/filter-state';
import { taxonomy } from '../../domain/meta-schema';
import { TILED_SOURCE, tiledFilter, tiledLayers } from './tiled-layers';

const precisions = taxonomy.parse(parseYaml(readFileSync('data/taxonomy.yaml', 'utf8'))).location_precisions;

/** A tile feature's properties as scripts/tiles/vector-tiles.ts writes them. */
const feature = (props: Record<string, unknown>, id = 7) => ({
  id,
  type: 1 as const,
  properties: {
    type: 'raid',
    types: 'hostage-rescue+raid',
    actors: 'coalition+sdf',
    governorate: 'SY-DY',
    location_precision: 'exact',
    confidence: 'high',
    s: toDay('2019-12-31'),
    e: toDay('2020-01-01'),
    y0: 2019,
    y1: 2020,
    ...props,
  },
});

const matches = (f: Partial<Filters>, props: Record<string, unknown> = {}, rows: number[] | null = null) =>
  featureFilter(tiledFilter({ ...noFilters, ...f }, rows), 'layers[0].filter').filter(
    { zoom: 8 },
    feature(props) as never,
  );

describe('tiled map layers', () => {
  it('are a valid style over the vector source, with every filter set', () => {
    const filter = tiledFilter(
      {
        ...noFilters,
        from: '2017-01-01',
        to: '2020-12-31',
        years: [2018, 2019],
        actors: ['sdf'],
        types: ['raid'],
        targets: ['isis'],
        gov: ['SY-DY'],
        prec: ['exact'],
        conf: ['high'],
        airborne: true,
        corr: true,
        area: { kind: 'box', box: [38, 34, 41, 36] },
      },
      [1, 5, 9],
    );
    const layers = tiledLayers('operations', precisions, true).map((l) => ({
      ...l.spec,
      filter: l.base ? ['all', l.base, filter] : filter,
    }));
    const style = {
      version: 8,
      sources: { [TILED_SOURCE]: { type: 'vector', url: 'pmtiles://http://x/operations.pmtiles' } },
      layers,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(JSON.stringify(layers)).not.toContain('radius_m');
  });

  it('filters as the engine does: spans touch years and ranges, sets hold their ids', () => {
    expect(matches({ years: [2020] })).toBe(true);
    expect(matches({ years: [2021] })).toBe(false);
    expect(matches({ from: '2020-01-01' })).toBe(true);
    expect(matches({ to: '2019-12-30' })).toBe(false);
    expect(matches({ actors: ['sdf'] })).toBe(true);
    expect(matches({ actors: ['syrian-gov'] })).toBe(false);
    expect(matches({ types: ['hostage-rescue'] })).toBe(true);
    // No target: never matches a target filter.
    expect(matches({ targets: ['isis'] })).toBe(false);
    expect(matches({ targets: ['isis'] }, { target: 'isis' })).toBe(true);
    expect(matches({ airborne: true })).toBe(false);
    expect(matches({ airborne: true }, { airborne_explicit: true })).toBe(true);
  });

  it('narrows by the rows the search matched (feature ids)', () => {
    expect(matches({}, {}, [7])).toBe(true);
    expect(matches({}, {}, [8])).toBe(false);
    expect(matches({}, {}, [])).toBe(false);
  });
});
