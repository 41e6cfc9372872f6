/**
 * The data build's pure core: reviewed inputs (already read into memory) → the published GeoJSON and
 * meta.json, or every error at once as `path: field: message`. No file system access here.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { array, type output, type ZodMiniType } from 'zod/mini';
import {
  articleMeta,
  operationCollection,
  operationRecord,
  isCitedRecord,
  type ArticleMeta,
  type CitedSourceRecord,
  type OperationRecord,
} from '../../src/domain/operation-schema';
import { formatIssues } from '../../src/domain/format-issues';
import { credit, taxonomy as taxonomySchema, type Meta, type Taxonomy } from '../../src/domain/meta-schema';
import { buildBasemap, type BasemapInputs } from './basemap';
import { toFeature } from './to-feature';
import { governorateAt, parseGazetteer, parseGovernorates, type Place } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import type { Context, TextFile } from './types';

export type { TextFile } from './types';

export interface BuildInputs {
  taxonomy: TextFile;
  credits: TextFile;
  /** Article metadata YAML files; the text of each is `articleTexts[id]`. */
  articles: TextFile[];
  articleTexts: Record<string, TextFile>;
  operations: TextFile[];
  gazetteers: TextFile[];
  governorates: TextFile;
  basemap: Omit<BasemapInputs, 'governorates'>;
  /** Dates after this day (YYYY-MM-DD) are rejected as future dates. */
  today: string;
}

/** On success, the files to publish keyed by their path under the output directory. */
export type BuildResult = { ok: true; files: Record<string, string>; count: number } | { ok: false; errors: string[] };

function loadYaml(file: TextFile, errors: string[]): unknown {
  try {
    return parseYaml(file.text, { prettyErrors: true });
  } catch (e) {
    const msg = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
    errors.push(`${file.path}: (yaml): ${msg}`);
    return undefined;
  }
}

function parseJson(file: TextFile, errors: string[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (e) {
    errors.push(`${file.path}: (json): ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

function validate<S extends ZodMiniType>(
  file: TextFile,
  schema: S,
  value: unknown,
  errors: string[],
): output<S> | undefined {
  if (value === undefined) return undefined;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const line of formatIssues(r.error)) errors.push(`${file.path}: ${line}`);
  return undefined;
}

function loadPlaces(inputs: BuildInputs, errors: string[]): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const file of inputs.gazetteers) {
    const { places: rows, errors: rowErrors } = parseGazetteer(file.text);
    for (const e of rowErrors) errors.push(`${file.path}: line ${e.line}: ${e.message}`);
    for (const p of rows) {
      if (places.has(p.id))
        errors.push(`${file.path}: ${p.id}: duplicate gazetteer id (already defined in an earlier row or file)`);
      places.set(p.id, p);
    }
  }
  return places;
}

function loadArticles(inputs: BuildInputs, errors: string[]): Map<string, { meta: ArticleMeta; text: string }> {
  const articles = new Map<string, { meta: ArticleMeta; text: string }>();
  for (const file of inputs.articles) {
    const meta = validate(file, articleMeta, loadYaml(file, errors), errors);
    if (!meta) continue;
    const text = inputs.articleTexts[meta.id];
    if (!text) errors.push(`${file.path}: id: no article text ${meta.id}.txt beside it`);
    else if (articles.has(meta.id)) errors.push(`${file.path}: id: duplicate article id "${meta.id}"`);
    else articles.set(meta.id, { meta, text: text.text });
  }
  return articles;
}

/** `field: unknown kind "id"` for each id not in `known`; list fields get an index (`actors.1`). */
function unknownIds(kind: string, known: Record<string, unknown>, field: string, ids: string | string[]): string[] {
  const list = Array.isArray(ids) ? ids : [ids];
  return list.flatMap((id, i) =>
    id in known
      ? []
      : [
          `${Array.isArray(ids) ? `${field}.${i}` : field}: unknown ${kind} "${id}" (known: ${Object.keys(known).join(', ')})`,
        ],
  );
}

/** Cross-record and cross-file rules the schema alone cannot check. Returns `field: message` lines. */
function checkRecord(rec: OperationRecord, ctx: Context): string[] {
  const out: string[] = [];
  const { tax } = ctx;
  out.push(...unknownIds('actor', tax.actors, 'actors', rec.actors));
  out.push(...unknownIds('type', tax.types, 'type', rec.type));
  out.push(...unknownIds('type', tax.types, 'secondary_types', rec.secondary_types));
  if (rec.target !== null) out.push(...unknownIds('target', tax.targets, 'target', rec.target));
  if (rec.date > ctx.today) out.push(`date: ${rec.date} is in the future`);
  if (rec.date_end !== null && rec.date_end < rec.date)
    out.push(`date_end: ${rec.date_end} is before date ${rec.date}`);
  if (rec.date_end !== null && rec.date_end > ctx.today) out.push(`date_end: ${rec.date_end} is in the future`);
  rec.date_alternatives.forEach((a, i) => {
    if (a.date > ctx.today) out.push(`date_alternatives.${i}.date: ${a.date} is in the future`);
    if (a.date_end !== null && a.date_end < a.date) out.push(`date_alternatives.${i}.date_end: before its date`);
  });
  out.push(...governorateSpelling(rec, tax));
  const place = ctx.places.get(rec.place);
  if (!place) out.push(`place: unknown gazetteer place "${rec.place}"`);
  else if (!governorateAt([place.lon, place.lat], ctx.govs))
    out.push(`place: "${rec.place}" (${place.lon}, ${place.lat}) lies outside Syria`);
  rec.sources.forEach((s, i) => {
    if (isCitedRecord(s)) {
      out.push(...citedSourceProblems(s, rec, ctx.today).map((p) => `sources.${i}.${p}`));
      return;
    }
    const article = ctx.articles.get(s.article);
    if (!article) out.push(`sources.${i}.article: unknown article "${s.article}"`);
    else if (!article.text.includes(s.quote_ar))
      out.push(`sources.${i}.quote_ar: not an exact substring of article ${s.article}: "${s.quote_ar.slice(0, 60)}…"`);
  });
  return out;
}

/**
 * A source cited by URL only: published neither in the future nor before the operation (its earliest reported
 * date) unless a note says why; an inferred publication date needs a note too.
 */
function citedSourceProblems(s: CitedSourceRecord, rec: OperationRecord, today: string): string[] {
  const out: string[] = [];
  const earliest = [rec.date, ...rec.date_alternatives.map((a) => a.date)].sort()[0];
  if (s.published > today) out.push(`published: ${s.published} is in the future`);
  if (s.published < earliest && !s.published_note_en)
    out.push(`published: ${s.published} is before the operation (${earliest}); say why in published_note_en/ar`);
  if (s.published_precision === 'inferred' && !s.published_note_en)
    out.push('published_note_en: an inferred publication date needs a note saying how it was inferred');
  if (!s.published_note_en !== !s.published_note_ar) out.push('published_note_ar: give the note in both languages');
  if (!s.republished_from_en !== !s.republished_from_ar)
    out.push('republished_from_ar: name the original outlet in both languages');
  return out;
}

/** Titles and summaries spell governorates as the taxonomy does ("Deir ez-Zor", not "Deir Ezzor"). */
function governorateSpelling(rec: OperationRecord, tax: Taxonomy): string[] {
  const out: string[] = [];
  for (const field of ['title_en', 'summary_en', 'title_ar', 'summary_ar'] as const) {
    const lang = field.endsWith('_ar') ? 'ar' : 'en';
    for (const gov of Object.values(tax.governorates))
      for (const variant of gov[`variants_${lang}`] ?? []) {
        const at = rec[field].search(
          new RegExp(`(^|[^\\p{L}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'),
        );
        if (at >= 0)
          out.push(
            `${field}: writes "${variant}"; the atlas spells this governorate "${gov[lang]}" (data/taxonomy.yaml)`,
          );
      }
  }
  return out;
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Builds the published files from the inputs, or returns every error found. */
export function build(inputs: BuildInputs): BuildResult {
  const errors: string[] = [];
  const tax = validate(inputs.taxonomy, taxonomySchema, loadYaml(inputs.taxonomy, errors), errors);
  const credits = validate(inputs.credits, array(credit), loadYaml(inputs.credits, errors), errors);
  const places = loadPlaces(inputs, errors);
  const articles = loadArticles(inputs, errors);
  const govJson = parseJson(inputs.governorates, errors);
  const govs = govJson ? parseGovernorates(govJson as Parameters<typeof parseGovernorates>[0]) : [];
  if (!tax || !credits || !govJson) return { ok: false, errors };
  for (const g of govs)
    if (!tax.governorates[g.iso])
      errors.push(
        `${inputs.taxonomy.path}: governorates: no names for ${g.iso} (${g.name_en}), a governorate of the map`,
      );
  for (const iso of Object.keys(tax.governorates))
    if (!govs.some((g) => g.iso === iso))
      errors.push(`${inputs.taxonomy.path}: governorates.${iso}: not a governorate of ${inputs.governorates.path}`);
  const ctx: Context = { tax, places, articles, govs, today: inputs.today };

  const records: OperationRecord[] = [];
  const seen = new Map<string, string>();
  for (const file of inputs.operations) {
    const rec = validate(file, operationRecord, loadYaml(file, errors), errors);
    if (!rec) continue;
    const stem = file.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const problems = checkRecord(rec, ctx);
    if (stem !== rec.id) problems.unshift(`id: "${rec.id}" differs from the file name "${stem}"`);
    const other = seen.get(rec.id);
    if (other) problems.unshift(`id: duplicate id "${rec.id}" (also in ${other})`);
    else seen.set(rec.id, file.path);
    for (const p of problems) errors.push(`${file.path}: ${p}`);
    if (problems.length === 0) records.push(rec);
  }
  if (errors.length) return { ok: false, errors };

  const features = records
    .map((r) => toFeature(r, ctx))
    .sort((a, b) => a.properties.date.localeCompare(b.properties.date) || a.id.localeCompare(b.id));
  const collection = operationCollection.parse({ type: 'FeatureCollection', features });
  const geojson = JSON.stringify(collection, null, 1) + '\n';
  const dates = features.flatMap((f) => [f.properties.date, f.properties.date_end ?? f.properties.date]).sort();
  const usedArticles = [
    ...new Set(features.flatMap((f) => f.properties.sources.flatMap((s) => s.article_id ?? []))),
  ].sort();
  const articleFiles = Object.fromEntries(
    usedArticles.map((id) => {
      const { meta: m, text } = articles.get(id)!;
      return [`articles/${id}.json`, JSON.stringify({ ...m, text }) + '\n'];
    }),
  );
  let basemap: Record<string, string>;
  try {
    basemap = buildBasemap({ ...inputs.basemap, governorates: inputs.governorates }, tax.governorates);
  } catch (e) {
    return { ok: false, errors: [`data/basemap: ${e instanceof Error ? e.message : String(e)}`] };
  }
  // The version covers every published file, so that a changed article text or basemap is never served stale.
  const hash = createHash('sha256').update(geojson);
  for (const [path, text] of Object.entries({ ...articleFiles, ...basemap }).sort(([a], [b]) => a.localeCompare(b)))
    hash.update(path).update(text);
  const meta: Meta = {
    version: hash.digest('hex').slice(0, 12),
    taxonomy: tax,
    governorates: Object.fromEntries(
      [...govs]
        .sort((a, b) => a.iso.localeCompare(b.iso))
        .map((g) => [g.iso, { en: tax.governorates[g.iso].en, ar: tax.governorates[g.iso].ar, label: g.label }]),
    ),
    date_range: dates.length ? { min: dates[0], max: dates[dates.length - 1] } : null,
    counts: {
      operations: features.length,
      by_type: tally(features.map((f) => f.properties.type)),
      by_year: tally(features.map((f) => String(f.properties.year))),
      by_actor: tally(features.flatMap((f) => f.properties.actors)),
      by_governorate: tally(features.map((f) => f.properties.governorate)),
      by_corroboration: tally(features.map((f) => String(f.properties.corroboration ?? 0))),
    },
    credits,
    synthetic: false,
  };
  return {
    ok: true,
    count: features.length,
    files: {
      'operations.geojson': geojson,
      'meta.json': JSON.stringify(meta, null, 1) + '\n',
      ...articleFiles,
      ...basemap,
      'gazetteer.json': gazetteerIndex(inputs.gazetteers, inputs.governorates),
    },
  };
}
