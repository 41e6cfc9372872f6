/**
 * The propose view's Web Worker: runs the ingest core (scripts/ingest/ingest.ts, the same code as the CLI) off
 * the main thread, so that a long article never freezes the page. Loads the gazetteer index
 * (`data/gazetteer.json`) and compiles the lexicons on its first message, then answers `run` (proposals) and
 * `search` (gazetteer places for the place field).
 */
import { ingest } from '../../../scripts/ingest/ingest';
import { compileLexicons, type Lexicons } from '../../../scripts/ingest/lexicon';
import type { PlaceIndex } from '../../../scripts/ingest/places';
import { indexFromJson, type GazetteerJson } from './gazetteer-rows';
import { LEXICON_TEXTS } from './lexicon-texts';
import { placeById, searchPlaces } from './place-search';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

let ready: Promise<{ idx: PlaceIndex; lex: Lexicons }> | null = null;

function load(dataUrl: string) {
  ready ??= (async () => {
    const res = await fetch(`${dataUrl}gazetteer.json`);
    if (!res.ok) throw new Error(`gazetteer.json: HTTP ${res.status}`);
    const json = (await res.json()) as GazetteerJson;
    return { idx: indexFromJson(json), lex: compileLexicons(LEXICON_TEXTS) };
  })();
  return ready;
}

const post = (r: WorkerResponse) => (self as unknown as Worker).postMessage(r);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  try {
    const { idx, lex } = await load(m.dataUrl);
    if (m.kind === 'run') {
      const t0 = performance.now();
      const proposals = ingest(m.text, { published: m.published, today: m.today }, idx, lex);
      post({ id: m.id, kind: 'result', proposals, ms: performance.now() - t0 });
    } else if (m.kind === 'search') post({ id: m.id, kind: 'places', places: searchPlaces(idx, m.query) });
    else post({ id: m.id, kind: 'places', places: [placeById(idx, m.placeId)].filter((p) => p !== null) });
  } catch (err) {
    ready = null;
    post({ id: m.id, kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
