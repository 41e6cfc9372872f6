/** The pasted article with the selected proposal's evidence highlighted, each span marked with its field. */
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../scripts/ingest/types';

const FIELDS = ['date', 'place', 'type', 'actors', 'outcomes'] as const;

interface Span {
  start: number;
  end: number;
  field: (typeof FIELDS)[number];
}

function spansOf(p: Proposal | null, length: number): Span[] {
  if (!p) return [];
  const all = FIELDS.flatMap((field) =>
    p.evidence[field]
      .filter((e) => e.start >= 0 && e.end <= length && e.end > e.start)
      .map((e) => ({ start: e.start, end: e.end, field })),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

export function EvidenceText({ text, proposal }: { text: string; proposal: Proposal | null }) {
  const { t } = useTranslation();
  const spans = spansOf(proposal, text.length);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={i} data-field={s.field} className={`evidence-${s.field}`} title={t(`propose.field.${s.field}`)}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return (
    <section className="propose-evidence" aria-label={t('propose.evidence')}>
      <h3>{t('propose.evidence')}</h3>
      <div className="propose-legend">
        {FIELDS.map((f) => (
          <mark key={f} className={`evidence-${f}`}>
            {t(`propose.field.${f}`)}
          </mark>
        ))}
      </div>
      <p dir="auto" data-testid="propose-evidence" className="propose-evidence-text">
        {parts}
      </p>
    </section>
  );
}
