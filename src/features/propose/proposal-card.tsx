/** One proposal: its fields with their confidence, a button to show its evidence, and its editor. */
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../domain/meta-schema';
import { formatDate, localizeDigits } from '../../domain/format';
import type { Draft } from './drafts';
import type { PlaceHit } from './place-search';
import { ProposalEditor } from './proposal-editor';

const isoDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function ProposalCard(props: {
  n: number;
  draft: Draft;
  meta: Meta;
  selected: boolean;
  onSelect: () => void;
  onChange: (d: Draft) => void;
  search: (q: string) => Promise<PlaceHit[]>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const { p } = props.draft;
  const conf = (c: string) => t(`propose.confidence.${c as 'high' | 'medium' | 'low'}`);
  const label = (map: Record<string, { en: string; ar: string }>, k: string | null) =>
    k ? (map[k]?.[lang] ?? k) : '—';
  const tax = props.meta.taxonomy;
  const rows: [string, string, string][] = [
    [
      t('propose.field.date'),
      p.date && isoDay(p.date)
        ? `${formatDate(p.date, lang)}${p.date_end && isoDay(p.date_end) ? ` – ${formatDate(p.date_end, lang)}` : ''}`
        : (p.date ?? t('propose.noDate')),
      p.confidence.date,
    ],
    [
      t('propose.field.place'),
      `${p.place_ar ?? '—'} · ${p.place_en ?? ''} · ${label(tax.governorates, p.governorate)} · ${label(tax.location_precisions, p.location_precision)}`,
      p.confidence.place,
    ],
    [t('propose.field.type'), label(tax.types, p.type), p.confidence.type],
    [t('propose.field.actors'), p.actors.map((a) => label(tax.actors, a)).join('، ') || '—', p.confidence.actors],
  ];
  return (
    <li
      data-testid="proposal"
      data-date={p.date ?? ''}
      data-place-id={p.place_id ?? ''}
      data-governorate={p.governorate ?? ''}
      data-type={p.type}
      data-selected={props.selected}
      className="proposal-card"
    >
      <h3>
        <span className="draft-badge">{localizeDigits(String(props.n), lang)}</span>{' '}
        <bdi>{props.draft.texts[lang === 'ar' ? 'title_ar' : 'title_en'] ?? ''}</bdi>
      </h3>
      <dl>
        {rows.map(([k, v, c]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <bdi>{localizeDigits(v, lang)}</bdi> <span className={`conf conf-${c}`}>{conf(c)}</span>
            </dd>
          </div>
        ))}
      </dl>
      {!p.airborne_explicit && <p className="propose-note">{t('propose.notExplicit')}</p>}
      <button type="button" aria-pressed={props.selected} data-testid="proposal-evidence" onClick={props.onSelect}>
        {t('propose.showEvidence')}
      </button>
      {props.selected && (
        <ProposalEditor draft={props.draft} meta={props.meta} onChange={props.onChange} search={props.search} />
      )}
    </li>
  );
}
