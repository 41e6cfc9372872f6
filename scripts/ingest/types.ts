/** The ingest's output contract: one proposed operation with per-field confidence and evidence. */
import type { Confidence, LocationPrecision } from '../../src/domain/operation-schema';
import type { DatePrecision } from './date-resolve';

export interface Range {
  min: number | null;
  max: number | null;
}

/** A piece of the article supporting a field: the words, their offsets, and how they were read. */
export interface FieldEvidence {
  text: string;
  start: number;
  end: number;
  note?: string;
}

export interface Note {
  field: 'date' | 'place' | 'airborne';
  text: string;
}

export interface Proposal {
  date: string | null;
  date_end: string | null;
  date_precision: DatePrecision | null;
  /** The Arabic words the date came from, as written (several joined by " | "), or null. */
  date_expression: string | null;
  place_ar: string | null;
  place_en: string | null;
  place_id: string | null;
  lon: number | null;
  lat: number | null;
  /** ISO 3166-2 code, e.g. SY-DY. */
  governorate: string | null;
  location_precision: LocationPrecision;
  type: string;
  secondary_types: string[];
  actors: string[];
  target: string | null;
  killed: Range | null;
  captured: Range | null;
  freed: Range | null;
  evacuated: Range | null;
  /** The sentence that states the operation: an exact substring of the article. */
  quote_ar: string;
  airborne_explicit: boolean;
  confidence: { date: Confidence; place: Confidence; type: Confidence; actors: Confidence; overall: Confidence };
  evidence: {
    date: FieldEvidence[];
    place: FieldEvidence[];
    type: FieldEvidence[];
    actors: FieldEvidence[];
    outcomes: FieldEvidence[];
    airborne: FieldEvidence[];
    /** Every sentence the operation was read from. */
    sentences: FieldEvidence[];
    /** How the reading was made and what an analyst should check, by field. */
    notes: Note[];
  };
}

export interface IngestOptions {
  /** Publication date YYYY-MM-DD; relative dates need it (or a dateline in the text). */
  published: string | null;
  /** Today, YYYY-MM-DD (no inferred date may be later); defaults to the clock's date. */
  today?: string;
}
