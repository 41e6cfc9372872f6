/**
 * Gazetteer search for the propose view's place field: Arabic (normalised, with or without the article) and
 * Latin (the search's transliteration key) names, towns before villages, at most `limit` results.
 */
import { normalizeArabic } from '../../domain/arabic';
import { latinKey } from '../../domain/transliterate';
import { featureRank, keyWords, type GazPlace, type PlaceIndex } from '../../../scripts/ingest/places';

export interface PlaceHit {
  id: string;
  name_ar: string;
  name_en: string;
  lat: number;
  lon: number;
  governorate: string;
}

const hit = (p: GazPlace): PlaceHit => ({
  id: p.id,
  name_ar: p.name_ar || p.alt_ar[0] || '',
  name_en: p.name_en,
  lat: p.lat,
  lon: p.lon,
  governorate: p.admin1_iso,
});

export function searchPlaces(idx: PlaceIndex, query: string, limit = 8): PlaceHit[] {
  const q = query.trim();
  if (!q) return [];
  const arabic = /[\u0600-\u06ff]/.test(q);
  const key = arabic ? keyWords(q).join(' ') : latinKey(q);
  const plain = normalizeArabic(q);
  if (!key) return [];
  const score = (p: GazPlace): number => {
    if (arabic) {
      const names = [p.name_ar, ...p.alt_ar].map((n) => keyWords(n).join(' '));
      if (names.includes(key)) return 3;
      return names.some((n) => n.startsWith(key)) ? 2 : names.some((n) => n.includes(key) || n.includes(plain)) ? 1 : 0;
    }
    const keys = [p.name_en, ...p.alt_latin].map(latinKey);
    return keys.includes(key) ? 3 : keys.some((k) => k.startsWith(key)) ? 2 : 0;
  };
  const found: { p: GazPlace; s: number }[] = [];
  for (const p of idx.byId.values()) {
    const s = score(p);
    if (s > 0) found.push({ p, s: s + featureRank(p) + Math.log10(p.population + 1) * 0.1 });
  }
  return found
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map((f) => hit(f.p));
}

export function placeById(idx: PlaceIndex, id: string): PlaceHit | null {
  const p = idx.byId.get(id);
  return p ? hit(p) : null;
}
