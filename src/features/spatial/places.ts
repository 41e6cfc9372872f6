/**
 * The gazetteer places for "within N km of …" (pure): rows of `public/data/gazetteer.json` (the data build's
 * browser gazetteer, also read by the propose view) made searchable by Arabic name (normalised, with or without
 * the article) and Latin name (plain words or the transliteration key, so that Busaira finds Al Busayrah).
 */
import { normalizeArabic, stripArabicPrefix } from '../../domain/arabic';
import { placesFromJson, type GazetteerJson } from '../../domain/gazetteer-json';
import type { LonLat } from '../../domain/spatial';
import { latinKey, latinWords } from '../../domain/transliterate';

export interface Place {
  id: string;
  ar: string;
  en: string;
  at: LonLat;
  /** ISO 3166-2 governorate. */
  gov: string;
  /** Higher for governorate seats and towns than for villages and localities (ranks equal matches). */
  rank: number;
  /** Search keys: normalised Arabic names (and their stems), Latin words and transliteration keys. */
  keys: string[];
}

export type GazetteerRows = Pick<GazetteerJson, 'columns' | 'rows'>;

const FEATURE_RANK: Record<string, number> = { ADM1: 5, PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPL: 1 };

const arabicKeys = (name: string) => {
  const n = normalizeArabic(name).trim();
  const stem = n.split(/\s+/).map(stripArabicPrefix).join(' ');
  return n ? [n, stem] : [];
};
const latinKeys = (name: string) => {
  const words = latinWords(name).join(' ');
  return words ? [words, latinKey(name)] : [];
};

export function placesFromRows(json: GazetteerRows): Place[] {
  return placesFromJson(json).map((p) => {
    const arabic = [p.name_ar, ...p.alt_ar].filter(Boolean);
    const latin = [p.name_en, ...p.alt_latin].filter(Boolean);
    return {
      id: p.id,
      ar: arabic[0] ?? '',
      en: latin[0] ?? '',
      at: [p.lon, p.lat],
      gov: p.admin1_iso,
      rank: FEATURE_RANK[p.feature_code] ?? 0,
      keys: [...new Set([...arabic.flatMap(arabicKeys), ...latin.flatMap(latinKeys)])],
    };
  });
}

/** How well a place's keys meet the query's: 3 equal, 2 a key starts with it, 1 contains it, 0 no match. */
function score(keys: string[], wanted: string[]): number {
  let best = 0;
  for (const k of keys)
    for (const w of wanted) {
      if (!w) continue;
      if (k === w) return 3;
      if (k.startsWith(w)) best = Math.max(best, 2);
      else if (w.length >= 3 && k.includes(w)) best = Math.max(best, 1);
    }
  return best;
}

/** Places whose Arabic or Latin name matches the query, best first (then towns before villages), at most `limit`. */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const q = query.trim();
  if (!q) return [];
  const wanted = /[\u0600-\u06ff]/.test(q) ? arabicKeys(q) : latinKeys(q).filter((k, i) => i === 0 || k.length >= 3);
  if (!wanted.length) return [];
  const found: { p: Place; s: number }[] = [];
  for (const p of places) {
    const s = score(p.keys, wanted);
    if (s) found.push({ p, s: s * 10 + p.rank });
  }
  return found
    .sort((a, b) => b.s - a.s || a.p.id.localeCompare(b.p.id))
    .slice(0, limit)
    .map((f) => f.p);
}
