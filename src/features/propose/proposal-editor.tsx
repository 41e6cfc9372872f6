/** The editable fields of one draft: date and its span, place, precision, type, actors, target, outcomes, texts. */
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../domain/meta-schema';
import type { Proposal, Range } from '../../../scripts/ingest/types';
import type { Draft } from './drafts';
import { PlaceField } from './place-field';
import type { PlaceHit } from './place-search';

const OUTCOMES = ['killed', 'captured', 'freed', 'evacuated'] as const;
const TEXTS = ['title_en', 'title_ar', 'summary_en', 'summary_ar'] as const;
const num = (v: string) => (v === '' ? null : Math.max(0, Math.round(Number(v))));

export function ProposalEditor({
  draft,
  meta,
  onChange,
  search,
}: {
  draft: Draft;
  meta: Meta;
  onChange: (d: Draft) => void;
  search: (q: string) => Promise<PlaceHit[]>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const p = draft.p;
  const set = (patch: Partial<Proposal>) => onChange({ ...draft, p: { ...p, ...patch } });
  const tax = meta.taxonomy;
  const range = (k: (typeof OUTCOMES)[number], end: 'min' | 'max', v: string) => {
    const r: Range = { min: p[k]?.min ?? null, max: p[k]?.max ?? null, [end]: num(v) };
    set({ [k]: r.min === null && r.max === null ? null : r });
  };
  return (
    <fieldset className="proposal-editor">
      <legend>{t('propose.edit')}</legend>
      <div className="editor-row">
        <label>
          {t('propose.field.date')}
          <input
            value={p.date ?? ''}
            placeholder="YYYY-MM-DD"
            onChange={(e) => set({ date: e.target.value || null })}
          />
        </label>
        <label>
          {t('propose.dateEnd')}
          <input
            value={p.date_end ?? ''}
            placeholder="YYYY-MM-DD"
            onChange={(e) => set({ date_end: e.target.value || null })}
          />
        </label>
        <label>
          {t('propose.datePrecision')}
          <select
            value={p.date_precision ?? 'day'}
            onChange={(e) => set({ date_precision: e.target.value as Proposal['date_precision'] })}
          >
            {(['day', 'month', 'year'] as const).map((k) => (
              <option key={k} value={k}>
                {tax.date_precisions[k][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PlaceField
        search={search}
        onPick={(h) =>
          set({
            place_id: h.id,
            place_ar: h.name_ar || p.place_ar,
            place_en: h.name_en,
            lat: h.lat,
            lon: h.lon,
            governorate: h.governorate,
          })
        }
      />
      <div className="editor-row">
        <label>
          {t('propose.precision')}
          <select
            value={p.location_precision}
            onChange={(e) => set({ location_precision: e.target.value as Proposal['location_precision'] })}
          >
            {Object.entries(tax.location_precisions).map(([k, l]) => (
              <option key={k} value={k}>
                {l[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('propose.field.type')}
          <select value={p.type} onChange={(e) => set({ type: e.target.value })}>
            {Object.entries(tax.types).map(([k, l]) => (
              <option key={k} value={k}>
                {l[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('propose.target')}
          <select value={p.target ?? ''} onChange={(e) => set({ target: e.target.value || null })}>
            <option value="">{t('propose.none')}</option>
            {Object.entries(tax.targets).map(([k, l]) => (
              <option key={k} value={k}>
                {l[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="editor-row" role="group" aria-label={t('propose.field.actors')}>
        {Object.entries(tax.actors).map(([k, l]) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={p.actors.includes(k)}
              onChange={(e) => set({ actors: e.target.checked ? [...p.actors, k] : p.actors.filter((a) => a !== k) })}
            />
            {l[lang]}
          </label>
        ))}
      </div>
      <div className="editor-row">
        {OUTCOMES.map((k) => (
          <span key={k} className="outcome-range">
            {t(`propose.outcome.${k}`)}
            {(['min', 'max'] as const).map((end) => (
              <input
                key={end}
                type="number"
                min={0}
                aria-label={`${t(`propose.outcome.${k}`)} ${t(`propose.${end}`)}`}
                value={p[k]?.[end] ?? ''}
                onChange={(e) => range(k, end, e.target.value)}
              />
            ))}
          </span>
        ))}
      </div>
      {TEXTS.map((k) => (
        <label key={k} className="editor-text">
          {t(`propose.text.${k}`)}
          <textarea
            dir={k.endsWith('_ar') ? 'rtl' : 'ltr'}
            rows={k.startsWith('title') ? 1 : 3}
            value={draft.texts[k] ?? ''}
            onChange={(e) => onChange({ ...draft, texts: { ...draft.texts, [k]: e.target.value } })}
          />
        </label>
      ))}
    </fieldset>
  );
}
