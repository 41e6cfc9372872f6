/** The shapes of place matches, shared by place-spans.ts (which finds them) and place-context.ts (which reads their context). */
import type { LocationPrecision } from '../../src/domain/operation-schema';
import type { KeyHit } from './places';

/** How a name matched; `unknown`: a name after a settlement cue ("قرية X") that the gazetteer lacks. */
export type MatchMethod = 'exact' | 'folded' | 'skeleton' | 'last-word' | 'latin' | 'governorate' | 'unknown';

export interface PlaceSpan {
  from: number;
  to: number;
  start: number;
  end: number;
  /** The name as written, without attached prepositions (بالشحيل → الشحيل). */
  surface: string;
  key: string;
  method: MatchMethod;
  candidates: Candidate[];
  /** No cue word before it and not licensed by one elsewhere in the article. */
  uncued: boolean;
  /** Set for a governorate name (دير الزور, محافظة حماة, ريف دمشق). */
  govIso?: string;
  cue?: { word: string; precision: LocationPrecision };
  near: boolean;
  secondary: boolean;
  between: boolean;
  /** A qualifier after the name that the match did not cover (الكسار «الفوقاني»). */
  qualifier?: string;
  /** "X غرب مدينة Y" on span Y: the place before lies in this direction from Y (`area`: "محافظة Y"). */
  dirOfPrevious?: { dir: number; area: boolean; text: string };
  /** "ريف Y الشرقي" / "الريف الشرقي لـY" on span Y: places of the sentence lie in this direction from Y. */
  countrysideDir?: { dir: number; text: string };
  countryside: boolean;
  distanceKm?: number;
}

export interface Candidate extends KeyHit {
  method: MatchMethod;
}

export interface RawMatch {
  from: number;
  to: number;
  form: string;
  key: string;
  method: MatchMethod;
  candidates: Candidate[];
  govIso?: string;
}
