/** Types shared by the data build's modules (so that each imports them from here, one way). */
import type { Taxonomy } from '../../src/domain/meta-schema';
import type { ArticleMeta } from '../../src/domain/operation-schema';
import type { parseGovernorates, Place } from './gazetteer';

/** An input file: its path (for messages) and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** What the cross-record checks and the record-to-feature step read. */
export interface Context {
  tax: Taxonomy;
  places: Map<string, Place>;
  articles: Map<string, { meta: ArticleMeta; text: string }>;
  govs: ReturnType<typeof parseGovernorates>;
  today: string;
}
