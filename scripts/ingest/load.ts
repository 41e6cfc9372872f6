/**
 * Reads the ingest's data from a data directory: lexicons (`lexicons/*.yaml`) and the gazetteer index
 * (`gazetteer/gazetteer-sy.tsv`, `gazetteer/places-local.tsv`, `basemap/syria-adm1.geojson`). The only
 * file-reading part shared by the CLI and the eval. `seed-places.tsv` is deliberately not read: it holds the
 * answers for the five source articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicons, LEXICON_FILES, type LexiconTexts, type Lexicons } from './lexicon';
import { buildPlaceIndex, type PlaceIndex } from './places';

export const GAZETTEERS = ['gazetteer/gazetteer-sy.tsv', 'gazetteer/places-local.tsv'];

export function loadLexicons(dataDir: string): Lexicons {
  const texts = Object.fromEntries(
    LEXICON_FILES.map((n) => [n, readFileSync(join(dataDir, 'lexicons', `${n}.yaml`), 'utf8')]),
  ) as LexiconTexts;
  return compileLexicons(texts);
}

export function loadPlaceIndex(dataDir: string): PlaceIndex {
  const tsvs = GAZETTEERS.map((p) => readFileSync(join(dataDir, p), 'utf8'));
  return buildPlaceIndex(tsvs, readFileSync(join(dataDir, 'basemap/syria-adm1.geojson'), 'utf8'));
}

/** Milliseconds taken by `fn`, with its result. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}
