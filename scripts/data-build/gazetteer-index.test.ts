import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFromJson, type GazetteerJson } from '../../src/features/propose/gazetteer-rows';
import { ingest } from '../ingest/ingest';
import { DATA, realData } from '../ingest/test-data';
import { gazetteerIndex } from './gazetteer-index';

const file = (p: string) => ({ path: `data/${p}`, text: readFileSync(join(DATA, p), 'utf8') });

describe('gazetteer.json for the browser', () => {
  const json = JSON.parse(
    gazetteerIndex(
      ['gazetteer/gazetteer-sy.tsv', 'gazetteer/gazetteer-neighbours.tsv', 'gazetteer/places-local.tsv'].map(file),
      file('basemap/syria-adm1.geojson'),
    ),
  ) as GazetteerJson;
  it('holds the places the ingest reads (not the neighbours) and the governorate boxes', () => {
    const { idx } = realData();
    const browser = indexFromJson(json);
    expect(browser.size).toBe(idx.size);
    expect(Object.keys(json.bboxes)).toContain('SY-DY');
  });
  it('gives the browser the same proposals as the CLI', () => {
    const { idx, lex } = realData();
    const text = readFileSync(join(DATA, 'articles/003_ca033d0e06058526.txt'), 'utf8');
    const opts = { published: '2020-05-18', today: '2026-06-01' };
    expect(ingest(text, opts, indexFromJson(json), lex)).toEqual(ingest(text, opts, idx, lex));
  });
});
