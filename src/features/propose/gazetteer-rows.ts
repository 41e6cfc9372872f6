/**
 * `public/data/gazetteer.json` (written by scripts/data-build/gazetteer-index.ts) back into the ingest's place
 * index, the same one the CLI builds from the TSV files, so that the browser proposes what `npm run ingest` does.
 */
import { placesFromJson, type GazetteerJson } from '../../domain/gazetteer-json';
import { indexPlaces, type PlaceIndex } from '../../../scripts/ingest/places';

export type { GazetteerJson };

export function indexFromJson(json: GazetteerJson): PlaceIndex {
  return indexPlaces(placesFromJson(json), new Map(Object.entries(json.bboxes)));
}
