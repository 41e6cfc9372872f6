/**
 * A proposal as a `data/operations/`-format record (validated with the shared `operationRecord` schema) whose
 * titles, summaries and notes are marked DRAFT and built only from the extracted facts, with its YAML text. Pure:
 * shared by the CLI's `--write` (a stored article, quoted) and the browser's propose view (an article cited by
 * URL only, whose claims are paraphrased from the proposal's own facts).
 */
import { Document, isScalar, visit } from 'yaml';
import { formatIssues } from '../../src/domain/format-issues';
import { operationRecord, type OperationRecord } from '../../src/domain/operation-schema';
import { formatCount } from './numbers';
import type { FieldEvidence, Proposal } from './types';

type Label = { en: string; ar: string } | undefined;
/** Labels for titles and notes: governorates by ISO code; types, actors, precisions by id (data/taxonomy.yaml). */
export interface Names {
  gov: (iso: string) => Label;
  type: (id: string) => Label;
  actor: (id: string) => Label;
  precision: (id: string) => Label;
}

export type DraftResult =
  { ok: true; id: string; record: OperationRecord; yaml: string } | { ok: false; errors: string[] };

export function slug(text: string | null): string {
  const s = (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'place';
}

const evidenceNote = (list: FieldEvidence[], kind: string) => list.find((e) => e.note === kind)?.text;

function outcome(p: Proposal, kind: 'killed' | 'captured' | 'freed' | 'evacuated') {
  const r = p[kind];
  if (!r) return null;
  const from = evidenceNote(p.evidence.outcomes, kind);
  return {
    min: r.min,
    max: r.max,
    note_en: `DRAFT: ${kind} ${formatCount(r)}${from ? `, from "${from}"` : ''}.`,
    note_ar: `مسودة: ${formatCount(r)}${from ? `، من «${from}»` : ''}.`,
  };
}

/**
 * Where a record's source comes from: a stored article (its exact quote is the evidence), or an article cited by
 * URL only (pasted in the browser; its text is not stored, so the record says what it reports in our own words).
 */
export type RecordSourceInput =
  | { kind: 'stored'; article: string; file: string; url?: string; outlet?: string }
  | { kind: 'cited'; url: string; outlet_en: string; outlet_ar: string; published: string };

/** Titles and summaries an analyst rewrote (in place of the generated DRAFT texts). */
export type RecordTexts = Partial<Record<'title_en' | 'title_ar' | 'summary_en' | 'summary_ar', string>>;

export function proposalRecord(
  p: Proposal,
  src: RecordSourceInput,
  names: Names,
  texts: RecordTexts = {},
): DraftResult {
  const missing = [!p.date && 'date', !p.place_id && 'place', !p.actors.length && 'actors'].filter(Boolean);
  if (missing.length) return { ok: false, errors: [`cannot draft without ${missing.join(', ')}`] };
  const g = names.gov(p.governorate ?? '') ?? { en: p.governorate ?? '?', ar: p.governorate ?? '?' };
  const typeAr = names.type(p.type)?.ar ?? p.type;
  const actorsAr = p.actors.map((a) => names.actor(a)?.ar ?? a).join(' و');
  const precisionAr = names.precision(p.location_precision)?.ar ?? p.location_precision;
  const notesOf = (field: string) => p.evidence.notes.filter((n) => n.field === field).map((n) => n.text);
  const span = `${p.date}${p.date_end ? ` to ${p.date_end}` : ''}`;
  const spanAr = `${p.date}${p.date_end ? ` إلى ${p.date_end}` : ''}`;
  const actors = p.actors.join(' + ');
  const facts = [
    `type ${p.type}${p.secondary_types.length ? ` (also ${p.secondary_types.join(', ')})` : ''}`,
    `actors ${p.actors.join(', ')}`,
    `place "${p.place_ar}" → ${p.place_en} (${p.place_id}), ${p.location_precision}`,
    `date ${span}${p.date_expression ? ` from "${p.date_expression}"` : ' (no date expression)'}`,
    ...(['killed', 'captured', 'freed', 'evacuated'] as const)
      .filter((k) => p[k])
      .map((k) => `${k} ${formatCount(p[k]!)}`),
    p.airborne_explicit ? 'landing explicit in the text' : 'landing NOT explicit in the text',
  ];
  const record = {
    id: `${p.date}-${slug(p.place_en)}`,
    reference:
      src.kind === 'stored'
        ? `DRAFT from ${src.file}${src.outlet ? `; ${src.outlet}` : ''}${src.url ? `; ${src.url}` : ''}`
        : `DRAFT from an article pasted in the browser; ${src.outlet_en}; ${src.url}`,
    date: p.date,
    date_end: p.date_end,
    date_precision: p.date_precision ?? 'day',
    date_note_en: [
      `DRAFT: ${p.date_expression ? `from "${p.date_expression}"` : 'no date expression in the article'}`,
      `confidence ${p.confidence.date}`,
      ...notesOf('date'),
    ].join('; '),
    date_note_ar: `مسودة: ${p.date_expression ? `من «${p.date_expression}»` : 'لا تعبير تاريخ في المقال'}.`,
    date_alternatives: [],
    place: p.place_id,
    place_ar: p.place_ar ?? g.ar,
    place_en: p.place_en ?? g.en,
    place_note_en: [
      `DRAFT: "${p.place_ar}" → ${p.place_en} (${p.place_id}), ${g.en}`,
      `confidence ${p.confidence.place}`,
      ...new Set(notesOf('place')),
    ].join('; '),
    place_note_ar: `مسودة: «${p.place_ar}» في ${g.ar}، دقة الموقع: ${precisionAr}.`,
    location_precision: p.location_precision,
    type: p.type,
    secondary_types: p.secondary_types,
    actors: p.actors,
    target: p.target,
    aircraft_en: null,
    aircraft_ar: null,
    killed: outcome(p, 'killed'),
    captured: outcome(p, 'captured'),
    freed: outcome(p, 'freed'),
    evacuated: outcome(p, 'evacuated'),
    title_en: `DRAFT: ${actors} ${p.type} at ${p.place_en} (${g.en}), ${span}`,
    title_ar: `مسودة: ${typeAr} — ${actorsAr} — في ${p.place_ar} (${g.ar})، ${spanAr}`,
    summary_en: `DRAFT, machine-extracted and not reviewed. Extracted facts: ${facts.join('; ')}.`,
    summary_ar: `مسودة مستخرجة آلياً لم تُراجع. النوع: ${typeAr}؛ الجهات: ${actorsAr}؛ المكان: «${p.place_ar}» (${g.ar})، دقة الموقع: ${precisionAr}؛ التاريخ: ${spanAr}${p.date_expression ? ` من «${p.date_expression}»` : ''}؛ ${p.airborne_explicit ? 'الإنزال مذكور صراحةً' : 'الإنزال غير مذكور صراحةً'}. انظر ${src.kind === 'stored' ? 'الاقتباس' : 'المصدر'} في المصادر.`,
    confidence: p.confidence.overall,
    airborne_explicit: p.airborne_explicit,
    ...(p.airborne_explicit
      ? {}
      : {
          airborne_note_en: 'DRAFT: the article does not explicitly describe a landing or airdrop for this operation.',
          airborne_note_ar: 'مسودة: لا يصف المقال صراحةً إنزالاً أو إسقاطاً جوياً في هذه العملية.',
        }),
    sources: [
      src.kind === 'stored'
        ? { article: src.article, quote_ar: p.quote_ar }
        : {
            url: src.url,
            outlet_en: src.outlet_en,
            outlet_ar: src.outlet_ar,
            published: src.published,
            ...claims(p, g, names),
          },
    ],
  };
  const r = operationRecord.safeParse({ ...record, ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v)) });
  if (!r.success) return { ok: false, errors: formatIssues(r.error) };
  const header =
    src.kind === 'stored'
      ? `# DRAFT proposed by \`npm run ingest\` from ${src.file}. Not published; review every field before moving it to data/operations/.\n`
      : `# DRAFT proposed in the browser from ${src.url}. Not published; review every field before moving it to data/operations/.\n`;
  const doc = new Document(record, { version: '1.2' });
  // Quote dates and ids as the curated records do, so that no YAML 1.1 reader turns them into timestamps.
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && ['date', 'date_end', 'place'].includes(key) && pair.value.value !== null)
        pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return { ok: true, id: r.data.id, record: r.data, yaml: header + doc.toString({ lineWidth: 0 }) };
}

/** What a source cited by URL only reports, said in our own words from the proposal's facts (never its text). */
export function claims(p: Proposal, g: { en: string; ar: string }, names: Names) {
  const typeEn = names.type(p.type)?.en ?? p.type;
  const typeAr = names.type(p.type)?.ar ?? p.type;
  const actorsEn = p.actors.map((a) => names.actor(a)?.en ?? a).join(' and ');
  const actorsAr = p.actors.map((a) => names.actor(a)?.ar ?? a).join(' و');
  const when = `${p.date}${p.date_end ? ` to ${p.date_end}` : ''}`;
  const whenAr = `${p.date}${p.date_end ? ` إلى ${p.date_end}` : ''}`;
  const counts = (['killed', 'captured', 'freed', 'evacuated'] as const).filter((k) => p[k]);
  const AR = { killed: 'قتلى', captured: 'معتقلون', freed: 'محرَّرون', evacuated: 'من أُجلوا' } as const;
  const en = counts.map((k) => `${formatCount(p[k]!)} ${k}`).join(', ');
  const ar = counts.map((k) => `${AR[k]}: ${formatCount(p[k]!)}`).join('، ');
  return {
    claims_en: `Reports a ${typeEn.toLowerCase()} by ${actorsEn} at ${p.place_en} (${g.en}) on ${when}${en ? `, with ${en}` : ''}${p.airborne_explicit ? '' : '; it does not explicitly describe a landing'}.`,
    claims_ar: `يفيد بعملية (${typeAr}) نفّذها ${actorsAr} في ${p.place_ar} (${g.ar}) بتاريخ ${whenAr}${ar ? `؛ ${ar}` : ''}${p.airborne_explicit ? '' : '؛ ولا يصف إنزالاً صراحةً'}.`,
  };
}
