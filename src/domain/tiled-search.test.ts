import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildTestTiled } from '../../scripts/tiled-fixture';
import { taxonomy as taxonomySchema } from './meta-schema';
import type { OperationFeature } from './operation-schema';
import { matchesQuery } from './search';
import { buildVocabulary, type SearchVocabulary } from './search-vocabulary';
import { idOf, readIndex, type TiledManifest } from './tiled-format';
import { countRows, hasRow, searchTiled, type SearchColumns } from './tiled-search';
import { decodeShard, type Shard } from './token-index';

let sorted: OperationFeature[];
let manifest: TiledManifest;
let files: Map<string, Uint8Array>;
let ix: ReturnType<typeof readIndex>;
let vocabulary: SearchVocabulary;
const loaded = new Set<number>();

beforeAll(() => {
  const built = buildTestTiled(800, 9, (op, i) => {
    if (i % 5 === 0) op.properties.summary_en = 'Hostages freed near Deir ez-Zor by a heliborne team.';
    if (i % 7 === 0) op.properties.summary_ar = 'تحرير رهائن قرب دير الزور.';
  });
  ({ sorted, manifest, files } = built);
  ix = readIndex(files.get('index.bin')!.slice().buffer, manifest.index.columns);
  const taxonomy = taxonomySchema.parse(parseYaml(readFileSync('data/taxonomy.yaml', 'utf8')));
  vocabulary = buildVocabulary({ taxonomy, governorates: {} });
});

const load = async (k: number): Promise<Shard> => {
  loaded.add(k);
  return decodeShard(files.get(`search/${k}.bin`)!);
};

async function search(q: string, withVocabulary = false) {
  const rows = await searchTiled(
    q,
    manifest.count,
    manifest.search.shards,
    load,
    ix as unknown as SearchColumns,
    manifest.values,
    withVocabulary ? vocabulary : undefined,
  );
  return rows
    ? Array.from({ length: manifest.count }, (_, r) => r)
        .filter((r) => hasRow(rows, r))
        .map((r) => idOf(ix, r))
    : null;
}

const scan = (q: string, withVocabulary = false) =>
  sorted.filter((o) => matchesQuery(o, q, withVocabulary ? vocabulary : undefined)).map((o) => o.id);

describe('tiled search: the same matches as the small dataset for whole words', () => {
  it.each([
    ['an English word', 'hostages'],
    ['two words (AND)', 'heliborne hostage'],
    ['an Arabic word with its article and a folded letter', 'الرهائن'],
    ['an Arabic stem across forms', 'رهينة'],
    ['a transliterated place, other spelling', 'Deir Ezzor'],
    ['a word prefix', 'helib'],
  ])('%s: %s', async (_, q) => {
    const want = scan(q);
    expect(want.length).toBeGreaterThan(0);
    expect(await search(q)).toEqual(want);
  });

  it('a word naming a type finds its operations (vocabulary)', async () => {
    const want = scan('evacuation', true);
    expect(want.length).toBeGreaterThan(scan('evacuation').length);
    expect(await search('evacuation', true)).toEqual(want);
  });

  it.each([
    ['a governorate, two words forming its name', 'Deir Ezzor'],
    ['a governorate in Arabic', 'الحسكة'],
    ['a short word inside many labels and names', 'al'],
    ['a word naming an actor with a place', 'coalition Busayrah'],
  ])('labels the vocabulary names count their operations: %s (%s)', async (_, q) => {
    const want = scan(q, true);
    expect(want.length).toBeGreaterThan(0);
    expect(await search(q, true)).toEqual(want);
    // Read twice: the per-column index built on the first read answers the second the same.
    expect(await search(q, true)).toEqual(want);
  });

  it('the number of matching rows is counted from the answer', async () => {
    const rows = await searchTiled(
      'hostage',
      manifest.count,
      manifest.search.shards,
      load,
      ix as unknown as SearchColumns,
      manifest.values,
      vocabulary,
    );
    expect(countRows(rows!)).toBe(scan('hostage', true).length);
  });

  it('no words: no search', async () => {
    expect(await search('  ')).toBeNull();
  });

  it('fetches only the shards that can hold the words', async () => {
    loaded.clear();
    await search('hostages');
    expect(loaded.size).toBeGreaterThan(0);
    expect(loaded.size).toBeLessThan(manifest.search.shards.length);
  });
});
