/**
 * The gazetteer index for geocoding: every Arabic name and alternative name of every place under a key of
 * normalised words without the article (الشحيل and شحيل meet on "شحيل"), a folded key for "البو/أبو" names
 * (البوليل ~ أبو الليل), a consonant-skeleton key (الجريجسة ~ جرجيسة) and a last-word key (الزر ~ صفات الزر)
 * for cue-word-only fuzzy matches, and the governorates with their capitals and bounding boxes.
 */
import { normalizeArabic } from '../../src/domain/arabic';
import { placeLatinKeys } from './latin-key';
import { consonantSkeleton, dropArticle } from './tokens';

export interface GazPlace {
  id: string;
  name_ar: string;
  alt_ar: string[];
  name_en: string;
  /** Latin spellings (the gazetteer's alt_latin). */
  alt_latin: string[];
  lat: number;
  lon: number;
  feature_code: string;
  admin1_iso: string;
  population: number;
}

export interface Governorate {
  iso: string;
  name_ar: string;
  name_en: string;
  /** The governorate's own point (its ADM1 row). */
  point: GazPlace;
  /** Its capital city (PPLA/PPLC), the reference of "ريف X" and "غرب مدينة X". */
  capital: GazPlace | null;
  /** [minLon, minLat, maxLon, maxLat] of its polygon(s). */
  bbox: [number, number, number, number];
}

export interface KeyHit {
  place: GazPlace;
  /** Matched an alternative name rather than the primary one. */
  alt: boolean;
}

export interface PlaceIndex {
  byId: Map<string, GazPlace>;
  byKey: Map<string, KeyHit[]>;
  byFolded: Map<string, KeyHit[]>;
  bySkeleton: Map<string, GazPlace[]>;
  byLastWord: Map<string, GazPlace[]>;
  /** Places without an Arabic name, by the consonant key of their Latin names (latin-key.ts). */
  byLatin: Map<string, GazPlace[]>;
  governorates: Map<string, Governorate>;
  /** Key of a governorate name (دير زور, محافظه دير زور) → ISO code. */
  govByKey: Map<string, string>;
  size: number;
}

/** Normalised words of a name or text span, without the article on each word. */
export function keyWords(name: string): string[] {
  return normalizeArabic(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(dropArticle);
}

/** Folds "ابو X" / "بو X" into one word so that أبو الليل, البو ليل and البوليل share a key. */
export function foldBo(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if ((words[i] === 'ابو' || words[i] === 'بو') && words[i + 1]) out.push(`بو${words[++i]}`);
    else out.push(words[i]);
  }
  return out;
}

export const skeletonKey = (words: string[]) => words.map(consonantSkeleton).join(' ');

const RANK: Record<string, number> = { PPLC: 1, PPLA: 0.9, PPLA2: 0.8, PPLA3: 0.7, PPL: 0.5, PPLL: 0.3, PPLX: 0.3 };
/** How likely a news story means this kind of place, 0–1. */
export const featureRank = (p: GazPlace) => RANK[p.feature_code] ?? (p.feature_code === 'PPLQ' ? 0.1 : 0.4);

function push<V>(map: Map<string, V[]>, key: string, v: V) {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** Parses gazetteer TSVs (header row; columns as in data/gazetteer/) into places. Bad rows are skipped. */
export function parsePlaces(tsv: string): GazPlace[] {
  const [head, ...lines] = tsv.split(/\r?\n/);
  const h = head.split('\t');
  const c = (n: string) => h.indexOf(n);
  const out: GazPlace[] = [];
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length !== h.length) continue;
    const lat = Number(f[c('lat')]);
    const lon = Number(f[c('lon')]);
    if (!f[c('lat')] || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({
      id: f[c('id')],
      name_ar: f[c('name_ar')],
      alt_ar: f[c('alt_ar')] ? f[c('alt_ar')].split('|').filter(Boolean) : [],
      name_en: f[c('name_en')],
      alt_latin: c('alt_latin') >= 0 && f[c('alt_latin')] ? f[c('alt_latin')].split('|').filter(Boolean) : [],
      lat,
      lon,
      feature_code: f[c('feature_code')],
      admin1_iso: f[c('admin1_iso')],
      population: Number(f[c('population')]) || 0,
    });
  }
  return out;
}

type Ring = [number, number][];
export interface AdmGeo {
  features: { properties: { iso_3166_2: string }; geometry: { type: string; coordinates: unknown } }[];
}

export type BBox = [number, number, number, number];

/** Bounding boxes of the governorate polygons (basemap/syria-adm1.geojson), by ISO code. */
export function bboxes(geojson: AdmGeo): Map<string, BBox> {
  const out = new Map<string, [number, number, number, number]>();
  for (const f of geojson.features) {
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
    const pts = polys.flatMap((p) => p[0]);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    out.set(f.properties.iso_3166_2, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  }
  return out;
}

/** Builds the index from gazetteer TSV texts and the governorate polygons (basemap/syria-adm1.geojson). */
export function buildPlaceIndex(tsvs: string[], adm1GeoJson: string): PlaceIndex {
  return indexPlaces(tsvs.flatMap(parsePlaces), bboxes(JSON.parse(adm1GeoJson) as AdmGeo));
}

/** Builds the index from parsed places and governorate boxes (the browser gets both from gazetteer.json). */
export function indexPlaces(places: GazPlace[], boxes: Map<string, BBox>): PlaceIndex {
  const idx: PlaceIndex = {
    byId: new Map(),
    byKey: new Map(),
    byFolded: new Map(),
    bySkeleton: new Map(),
    byLastWord: new Map(),
    byLatin: new Map(),
    governorates: new Map(),
    govByKey: new Map(),
    size: 0,
  };
  const capitals = new Map<string, GazPlace>();
  for (const place of places) {
    if (place.feature_code === 'ADM2' || idx.byId.has(place.id)) continue;
    idx.byId.set(place.id, place);
    idx.size++;
    if (place.feature_code === 'PPLA' || place.feature_code === 'PPLC') capitals.set(place.admin1_iso, place);
    if (!place.name_ar && !place.alt_ar.length && place.feature_code.startsWith('PPL'))
      for (const k of placeLatinKeys([place.name_en, ...place.alt_latin])) push(idx.byLatin, k, place);
    const names = [place.name_ar, ...place.alt_ar].filter(Boolean);
    names.forEach((name, i) => {
      const words = keyWords(name);
      if (!words.length) return;
      if (place.feature_code === 'ADM1') {
        idx.govByKey.set(words.join(' '), place.admin1_iso);
        return;
      }
      const hit = { place, alt: i > 0 };
      push(idx.byKey, words.join(' '), hit);
      const folded = foldBo(words).join(' ');
      if (folded !== words.join(' ')) push(idx.byFolded, folded, hit);
      push(idx.bySkeleton, skeletonKey(words), place);
      if (words.length > 1) push(idx.byLastWord, words[words.length - 1], place);
    });
  }
  for (const p of idx.byId.values()) {
    if (p.feature_code !== 'ADM1' || idx.governorates.has(p.admin1_iso)) continue;
    const bbox = boxes.get(p.admin1_iso) ?? [p.lon - 0.5, p.lat - 0.5, p.lon + 0.5, p.lat + 0.5];
    const gov = { iso: p.admin1_iso, name_ar: p.name_ar, name_en: p.name_en, point: p, bbox };
    idx.governorates.set(p.admin1_iso, { ...gov, capital: capitals.get(p.admin1_iso) ?? null });
  }
  dedupe(idx.byKey);
  return idx;
}

/** One hit per place and key (a place listing the same name twice, e.g. حماة and حماه). */
function dedupe(map: Map<string, KeyHit[]>) {
  for (const [k, hits] of map) {
    const seen = new Map<string, KeyHit>();
    for (const h of hits) if (!seen.has(h.place.id) || !h.alt) seen.set(h.place.id, h);
    map.set(k, [...seen.values()]);
  }
}
