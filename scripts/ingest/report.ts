/** The human-readable report: one block per proposed operation, each field with its confidence and evidence. */
import { formatCount } from './numbers';
import type { FieldEvidence, Proposal } from './types';

export interface ReportHeader {
  file: string;
  published: string | null;
  url?: string;
  outlet?: string;
}

const quote = (e: FieldEvidence) => `«${e.text}»${e.note ? ` (${e.note})` : ''}`;
const line = (label: string, value: string) => `  ${label.padEnd(10)} ${value}`;
const more = (text: string) => `  ${''.padEnd(10)} ${text}`;

/** Evidence lines, identical ones merged ("×3"). */
function evidenceLines(list: FieldEvidence[], max = 6): string[] {
  const seen = new Map<string, number>();
  for (const e of list) {
    const text = e.start >= 0 ? `from ${quote(e)}` : `${e.text}: ${e.note}`;
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return [...seen.entries()].slice(0, max).map(([text, n]) => more(n > 1 ? `${text} ×${n}` : text));
}

function block(p: Proposal, i: number, n: number): string[] {
  const c = p.confidence;
  const date = p.date ? `${p.date}${p.date_end ? ` … ${p.date_end}` : ''} (${p.date_precision})` : 'unknown';
  const coords = p.lat !== null && p.lon !== null ? `, ${p.lat}, ${p.lon}` : '';
  const place = p.place_id
    ? `${p.place_ar ?? '?'} → ${p.place_en} (${p.place_id}), ${p.governorate}${coords}, ${p.location_precision}`
    : `${p.place_ar ?? 'unknown'} (not located), ${p.location_precision}`;
  const outcomes = (['killed', 'captured', 'freed', 'evacuated'] as const)
    .filter((k) => p[k])
    .map((k) => `${k} ${formatCount(p[k]!)}`);
  return [
    `Operation ${i + 1} of ${n} — draft for review (overall confidence: ${c.overall})`,
    line('date', `${date}   [${c.date}]`),
    ...(p.date_expression ? [more(`expression «${p.date_expression}»`)] : []),
    ...evidenceLines(p.evidence.date),
    line('place', `${place}   [${c.place}]`),
    ...evidenceLines(p.evidence.place),
    line('type', `${p.type}${p.secondary_types.length ? ` (also ${p.secondary_types.join(', ')})` : ''}   [${c.type}]`),
    ...evidenceLines(p.evidence.type),
    line('actors', `${p.actors.join(', ') || 'none found'}   [${c.actors}]`),
    ...evidenceLines(p.evidence.actors),
    line('target', p.target ?? '—'),
    line('outcomes', outcomes.join('; ') || '—'),
    ...evidenceLines(p.evidence.outcomes),
    line('airborne', p.airborne_explicit ? 'explicit landing/airdrop in the text' : 'NOT explicit in the text'),
    ...evidenceLines(p.evidence.airborne, 4),
    line('quote', `«${p.quote_ar}»`),
    ...p.evidence.notes.map((n, k) => (k ? more : (t: string) => line('notes', t))(`${n.field}: ${n.text}`)),
    '',
  ];
}

export function formatReport(proposals: Proposal[], h: ReportHeader): string {
  const head = [
    `Ingest report: ${h.file}`,
    `  published ${h.published ?? 'not given (relative dates stay unresolved)'}${h.outlet ? ` · ${h.outlet}` : ''}${h.url ? ` · ${h.url}` : ''}`,
    '',
  ];
  if (!proposals.length) return [...head, 'No airborne operation found in this article.', ''].join('\n');
  return [
    ...head,
    `${proposals.length} proposed operation(s):`,
    '',
    ...proposals.flatMap((p, i) => block(p, i, proposals.length)),
  ].join('\n');
}
