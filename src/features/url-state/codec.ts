/**
 * The URL codec: `parse(search) → ViewState` and `serialize(state) → search string`, declared per key.
 * Unknown keys are ignored, bad values fall back to defaults, defaults are omitted from the output, and
 * `v=1` marks the link format so that old links keep working.
 */
import { noFilters, type Filters } from '../../domain/filter-state';
import { isRealDate } from '../../domain/dates';
import { formatArea, formatNear, parseArea, parseNear } from '../../domain/spatial';
import {
  LAYER_MODES,
  MAX_ZOOM,
  MIN_ZOOM,
  roundCamera,
  type Camera,
  type Lang,
  type LayerMode,
} from '../../domain/view';

/** The whole view: the filters plus language, camera, selection, layer, basemap and dataset. */
export interface ViewState extends Filters {
  lang: Lang | null;
  map: Camera | null;
  op: string | null;
  layer: LayerMode;
  base: string;
  /** A same-origin path of another dataset in the published format (`data=/data/other.geojson`). */
  data: string | null;
  /** The charts panel is open (`charts=1`). */
  charts: boolean;
  /** A full-page view over the atlas (`page=methodology|propose`), or null for the atlas itself. */
  page: Page | null;
  /** The compact view for an iframe (`embed=1`). */
  embed: boolean;
  /** Comparison period B (`vs=FROM..TO`): every filter but time, with this range. */
  vs: Period | null;
}

export interface Period {
  from: string;
  to: string;
}

export const PAGES = ['methodology', 'propose'] as const;
export type Page = (typeof PAGES)[number];

export const DEFAULT_BASE = 'embedded';

export const defaultViewState: ViewState = {
  ...noFilters,
  lang: null,
  map: null,
  op: null,
  layer: 'points',
  base: DEFAULT_BASE,
  data: null,
  charts: false,
  page: null,
  embed: false,
  vs: null,
};

/** Operation ids: letters of any script, digits and `_ - . :` (imported datasets bring their own ids). */
const ID = /^[\p{L}\p{N}_.:-]{1,200}$/u;
const PRECISIONS = ['exact', 'village', 'near', 'subdistrict', 'governorate', 'region'];

const idList = (pattern: RegExp) => (raw: string) => [...new Set(raw.split(',').filter((s) => pattern.test(s)))].sort();

/** `FROM..TO`, two real ISO dates (swapped when given backwards). */
function decodePeriod(raw: string): Period | null {
  const [from, to, ...rest] = raw.split('..');
  // Stryker disable next-line StringLiteral: a missing date is not a real date, whatever text stands in for it
  if (rest.length || !isRealDate(from ?? '') || !isRealDate(to ?? '')) return null;
  // Stryker disable next-line EqualityOperator: a one-day period swaps to itself
  return from <= to ? { from, to } : { from: to, to: from };
}

function decodeCamera(raw: string): Camera | null {
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return roundCamera({ zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)), lat, lon });
}

export function parse(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s: ViewState = { ...defaultViewState };
  const get = (k: string) => p.get(k) ?? '';
  if (get('lang') === 'ar' || get('lang') === 'en') s.lang = get('lang') as Lang;
  s.map = p.has('map') ? decodeCamera(get('map')) : null;
  s.from = isRealDate(get('from')) ? get('from') : null;
  s.to = isRealDate(get('to')) ? get('to') : null;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: with one date missing the comparison is false anyway; equal dates swap to themselves
  if (s.from && s.to && s.from > s.to) [s.from, s.to] = [s.to, s.from];
  s.years = idList(/^(19|20)\d\d$/)(get('years')).map(Number);
  s.actors = idList(/^[a-z0-9-]{1,40}$/)(get('actors'));
  s.targets = idList(/^[a-z0-9-]{1,40}$/)(get('targets'));
  s.types = idList(/^[a-z0-9-]{1,40}$/)(get('types'));
  s.gov = idList(/^SY-[A-Z]{2}$/)(get('gov'));
  s.prec = idList(new RegExp(`^(${PRECISIONS.join('|')})$`))(get('prec'));
  s.conf = idList(/^(high|medium|low)$/)(get('conf'));
  s.airborne = get('airborne') === '1';
  s.corr = get('corr') === '1';
  s.q = get('q').slice(0, 200);
  s.op = ID.test(get('op')) ? get('op') : null;
  if ((LAYER_MODES as readonly string[]).includes(get('layer'))) s.layer = get('layer') as LayerMode;
  s.area = p.has('area') ? parseArea(get('area')) : null;
  s.near = p.has('near') ? parseNear(get('near')) : null;
  s.vs = p.has('vs') ? decodePeriod(get('vs')) : null;
  s.base = /^[a-z0-9-]{1,40}$/.test(get('base')) ? get('base') : DEFAULT_BASE;
  s.charts = get('charts') === '1';
  s.embed = get('embed') === '1';
  s.page = (PAGES as readonly string[]).includes(get('page')) ? (get('page') as Page) : null;
  // Same origin only: a path, never a scheme or a protocol-relative `//host` (the lookahead refuses a second `/`).
  s.data = /^\/?(?!\/)[\w.\-/]{1,200}$/.test(get('data')) ? get('data') : null;
  return s;
}

export function serialize(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('v', '1');
  if (s.lang) p.set('lang', s.lang);
  if (s.map) p.set('map', `${s.map.zoom}/${s.map.lat}/${s.map.lon}`);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  const list = (k: string, v: (string | number)[]) => v.length && p.set(k, v.join(','));
  list('years', s.years);
  list('actors', s.actors);
  list('targets', s.targets);
  list('types', s.types);
  list('gov', s.gov);
  list('prec', s.prec);
  list('conf', s.conf);
  if (s.airborne) p.set('airborne', '1');
  if (s.corr) p.set('corr', '1');
  if (s.q) p.set('q', s.q);
  if (s.area) p.set('area', formatArea(s.area));
  if (s.near) p.set('near', formatNear(s.near));
  if (s.vs) p.set('vs', `${s.vs.from}..${s.vs.to}`);
  if (s.op) p.set('op', s.op);
  if (s.layer !== 'points') p.set('layer', s.layer);
  if (s.base !== DEFAULT_BASE) p.set('base', s.base);
  if (s.data) p.set('data', s.data);
  if (s.charts) p.set('charts', '1');
  if (s.page) p.set('page', s.page);
  if (s.embed) p.set('embed', '1');
  return `?${p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3B/g, ';').replace(/%3A/g, ':')}`;
}

/** Keys the atlas reads; `bench-map` is the benchmark's switch (see app/map-area.tsx). */
const KNOWN = new Set([
  'v',
  'lang',
  'map',
  'from',
  'to',
  'years',
  'actors',
  'targets',
  'types',
  'gov',
  'prec',
  'conf',
  'airborne',
  'corr',
  'q',
  'op',
  'layer',
  'base',
  'data',
  'charts',
  'page',
  'embed',
  'area',
  'near',
  'vs',
  'bench-map',
]);
const LISTS = ['years', 'actors', 'targets', 'types', 'gov', 'prec', 'conf'] as const;
const FLAGS = ['airborne', 'corr', 'charts', 'embed'] as const;

/**
 * What `parse` had to ignore in a link, as `key=value` pieces to tell the person: unknown keys, values that are
 * not valid (the parts of a list that are not), and a search text cut to its 200 characters.
 */
export function ignoredParams(search: string): string[] {
  const p = new URLSearchParams(search);
  const s = parse(search);
  const out: string[] = [];
  for (const [key, raw] of p) {
    if (!KNOWN.has(key)) {
      out.push(`${key}=${raw}`);
      continue;
    }
    const list = LISTS.find((k) => k === key);
    if (list) {
      const kept = new Set((s[list] as (string | number)[]).map(String));
      const dropped = raw.split(',').filter((v) => v && !kept.has(v));
      if (dropped.length) out.push(`${key}=${dropped.join(',')}`);
      continue;
    }
    if (FLAGS.some((k) => k === key)) {
      if (!['1', '0', ''].includes(raw)) out.push(`${key}=${raw}`);
      continue;
    }
    if (key === 'q') {
      if (raw.length > 200) out.push(`q=${raw.slice(200, 230)}…`);
      continue;
    }
    const bad =
      (key === 'v' && raw !== '1') ||
      (key === 'lang' && s.lang !== raw) ||
      (key === 'map' && !s.map) ||
      ((key === 'from' || key === 'to') && !s[key]) ||
      (key === 'op' && s.op !== raw) ||
      (key === 'layer' && s.layer !== raw) ||
      (key === 'base' && s.base !== raw) ||
      (key === 'data' && s.data !== raw) ||
      (key === 'page' && s.page !== raw) ||
      (key === 'area' && !s.area) ||
      (key === 'near' && !s.near) ||
      (key === 'vs' && !s.vs);
    if (bad) out.push(`${key}=${raw}`);
  }
  return out;
}
