/**
 * The columns of the CSV export, in order: machine-readable code columns (the ids the dataset importer reads,
 * so that an export re-imports) each followed by its name in the UI language, then the provenance of every source
 * and of the dataset itself. Headers are labelled in the UI language by the caller (`export.columns.<id>`).
 */
import type { UiLang } from '../../domain/format';
import type { Label, Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { kmBetween, type Near } from '../../domain/spatial';
import type { PeriodMark } from '../../domain/compare';
import type { CsvCell } from './csv';
import type { ExportSource } from './export-source';

export interface CsvContext {
  meta: Meta;
  lang: UiLang;
  source: ExportSource;
  /** The radius filter (`near=`) with its centre: rows then carry their distance to the place. */
  near?: Near | null;
  /** Comparing two periods (`vs=`): each operation's period (A, B or both); rows then say which. */
  periods?: ReadonlyMap<string, PeriodMark> | null;
}

type Props = OperationFeature['properties'];
type Source = Props['sources'][number];
type Getter = (o: OperationFeature, ctx: CsvContext) => CsvCell;

/** Several sources in one cell: the n-th item of every provenance column belongs to the same source. */
export const SOURCE_SEPARATOR = ' | ';
/** Several names in one cell (names may contain commas). */
const nameSeparator = (lang: UiLang) => (lang === 'ar' ? '؛ ' : '; ');

const prop =
  (k: keyof Props): Getter =>
  (o) =>
    o.properties[k] as CsvCell;
const named =
  (labels: (m: Meta) => Record<string, Label>, id: (p: Props) => string | null): Getter =>
  (o, { meta, lang }) => {
    const code = id(o.properties);
    return code === null ? '' : (labels(meta)[code]?.[lang] ?? code);
  };
const perSource =
  (f: (s: Partial<Source>, lang: UiLang) => string | undefined): Getter =>
  (o, { lang }) =>
    o.properties.sources.map((s) => f(s, lang) ?? '').join(SOURCE_SEPARATOR);

/**
 * Every other date a source reports: `date` or `date/date_end` (ISO 8601 interval), then who reported it in the UI
 * language (`reported_by_ar` in Arabic when the data gives it).
 */
function otherDates(p: Props, lang: UiLang): string {
  return p.date_alternatives
    .map((a) => {
      const by = (lang === 'ar' && a.reported_by_ar) || a.reported_by;
      return `${a.date_end && a.date_end !== a.date ? `${a.date}/${a.date_end}` : a.date} — ${by}`;
    })
    .join(SOURCE_SEPARATOR);
}

const COLUMNS = {
  id: prop('id'),
  /** `A`, `B` or `both` (written only while comparing two periods). */
  period: (o, { periods }) => periods?.get(String(o.id)) ?? '',
  date: prop('date'),
  date_end: prop('date_end'),
  date_precision: prop('date_precision'),
  date_precision_name: named(
    (m) => m.taxonomy.date_precisions,
    (p) => p.date_precision,
  ),
  date_disputed: prop('date_disputed'),
  other_dates: (o, { lang }) => otherDates(o.properties, lang),
  lon: (o) => o.geometry.coordinates[0],
  lat: (o) => o.geometry.coordinates[1],
  location_precision: prop('location_precision'),
  location_precision_name: named(
    (m) => m.taxonomy.location_precisions,
    (p) => p.location_precision,
  ),
  location_uncertainty_km: (o, { meta }) => {
    const r = meta.taxonomy.location_precisions[o.properties.location_precision]?.radius_m;
    return r === undefined ? '' : r / 1000;
  },
  /** Great-circle km to the place of `near=` (written only while that filter is set). */
  distance_km: (o, { near }) => (near?.at ? Math.round(kmBetween(o.geometry.coordinates, near.at) * 100) / 100 : ''),
  place_en: prop('place_en'),
  place_ar: prop('place_ar'),
  governorate: prop('governorate'),
  governorate_name: named(
    (m) => m.governorates,
    (p) => p.governorate,
  ),
  type: prop('type'),
  type_name: named(
    (m) => m.taxonomy.types,
    (p) => p.type,
  ),
  actors: (o) => o.properties.actors.join(';'),
  actor_names: (o, { meta, lang }) =>
    o.properties.actors.map((a) => meta.taxonomy.actors[a]?.[lang] ?? a).join(nameSeparator(lang)),
  target: prop('target'),
  target_name: named(
    (m) => m.taxonomy.targets,
    (p) => p.target,
  ),
  killed_min: prop('killed_min'),
  killed_max: prop('killed_max'),
  captured_min: prop('captured_min'),
  captured_max: prop('captured_max'),
  freed_min: prop('freed_min'),
  freed_max: prop('freed_max'),
  evacuated_min: prop('evacuated_min'),
  evacuated_max: prop('evacuated_max'),
  confidence: prop('confidence'),
  confidence_name: named(
    (m) => m.taxonomy.confidence,
    (p) => p.confidence,
  ),
  airborne_explicit: prop('airborne_explicit'),
  title_en: prop('title_en'),
  title_ar: prop('title_ar'),
  summary_en: prop('summary_en'),
  summary_ar: prop('summary_ar'),
  outlet: perSource((s, lang) => (lang === 'ar' ? s.outlet_ar || s.outlet : s.outlet)),
  url: perSource((s) => s.url),
  published: perSource((s) => s.published),
  quote_ar: perSource((s) => s.quote_ar),
  /** What a source cited by URL only reports, paraphrased, in the UI language (empty for a stored quote). */
  claims: perSource((s, lang) => (lang === 'ar' ? s.claims_ar : s.claims_en)),
  article_id: perSource((s) => s.article_id),
  dataset: (_o, { source }) => source.name,
  data_version: (_o, { source }) => source.version,
  synthetic: (_o, { source }) => source.synthetic,
} satisfies Record<string, Getter>;

export type CsvColumnId = keyof typeof COLUMNS;
export const ALL_CSV_COLUMNS = Object.keys(COLUMNS) as CsvColumnId[];

/**
 * The columns written in a UI language: everything, with the summary only in that language, and the distance
 * to the place only while a radius filter is set.
 */
export function csvColumns(lang: UiLang, withDistance = false, withPeriod = false): CsvColumnId[] {
  const other = lang === 'ar' ? 'summary_en' : 'summary_ar';
  return ALL_CSV_COLUMNS.filter(
    (c) => c !== other && (withDistance || c !== 'distance_km') && (withPeriod || c !== 'period'),
  );
}

export function csvCell(id: CsvColumnId, o: OperationFeature, ctx: CsvContext): CsvCell {
  return COLUMNS[id](o, ctx);
}
