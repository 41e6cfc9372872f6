import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateSpan, formatNumber, formatRange, localizeDigits, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { corroborationOf, isCited } from '../../domain/corroboration';
import { CitedSource } from './cited-source';
import { DistanceNote, type DistanceFrom } from './distance-note';
import { CiteOperation } from './cite-operation';
import { SourceEvidence } from './source-evidence';

interface Props {
  operation: OperationFeature;
  meta: Meta;
  onClose: () => void;
  /** Article texts exist for the atlas's own data, not for imported datasets. */
  withArticleText: boolean;
  /** While a radius filter is set: the distance to its place is shown with the place. */
  distanceFrom?: DistanceFrom | null;
}

const OUTCOMES = ['killed', 'captured', 'freed', 'evacuated'] as const;

/** Whether a claim writes out the year of its date (in either digit system), i.e. states the date itself. */
const statesYear = (claim: string, date: string) => localizeDigits(claim, 'en').includes(date.slice(0, 4));

/**
 * The evidence view of one operation: what happened, when (with every disputed date and who reported it), where
 * (and how precisely), who, outcomes as reported ranges, and each source with its quote highlighted in the article.
 */
export default function OperationDetails({ operation, meta, onClose, withArticleText, distanceFrom }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  // The other language is one click away; the choice resets when the operation or the UI language changes.
  const [shownIn, setShownIn] = useState<{ key: string; lang: UiLang } | null>(null);
  const key = `${operation.id}:${lang}`;
  const textLang = shownIn?.key === key ? shownIn.lang : lang;
  const heading = useRef<HTMLHeadingElement>(null);
  const p = operation.properties;
  const tax = meta.taxonomy;
  const other: UiLang = textLang === 'ar' ? 'en' : 'ar';
  /** Our own text in the UI language's digits (quotes are never touched: they stay as published). */
  const own = (s: string | null | undefined) => (s ? localizeDigits(s, lang) : s);
  /** A bilingual text property of the operation (`title` → `title_ar` or `title_en`), in the UI's digits. */
  const text = (key: string, l: UiLang = lang) => own((p as unknown as Record<string, string | null>)[`${key}_${l}`]);
  /** Who reported something, in the UI language (imported data may only have the English attribution). */
  const who = (r: { reported_by: string; reported_by_ar?: string }) =>
    own(lang === 'ar' ? (r.reported_by_ar ?? r.reported_by) : r.reported_by);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    // Escape closes the panel, unless it belongs to a field or a menu (clearing a search, closing a select).
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== 'Escape' || e.defaultPrevented || t?.closest('input, select, textarea, [role="menu"]')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (previous?.isConnected) previous.focus();
    };
  }, [operation.id, onClose]);

  const label = (group: Record<string, { ar: string; en: string }>, id: string) => group[id]?.[lang] ?? id;
  const outcomes = OUTCOMES.flatMap((k) => {
    const value = formatRange(p[`${k}_min`], p[`${k}_max`], lang);
    const note = own(p.outcome_notes[k]?.[lang]);
    return value === null && !note ? [] : [{ k, value: value ?? t('details.unquantified'), note }];
  });

  return (
    <section className="details" data-testid="op-details" data-op-id={p.id} aria-labelledby="details-title">
      <header className="details-header">
        <h2 id="details-title" ref={heading} tabIndex={-1} dir="auto" lang={textLang}>
          {text('title', textLang)}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </header>
      <p className="summary" dir="auto" lang={textLang}>
        {text('summary', textLang)}
      </p>
      <button type="button" className="link-button" lang={other} onClick={() => setShownIn({ key, lang: other })}>
        {t(other === 'ar' ? 'details.readArabic' : 'details.readEnglish')}
      </button>

      <dl className="facts">
        <dt>{t('details.date')}</dt>
        <dd>
          {formatDateSpan(p.date, p.date_end, lang, p.date_precision)}
          {p.date_end && <span className="muted"> · {t('details.span')}</span>}
          {text('date_note') && <p className="note">{text('date_note')}</p>}
          {p.date_disputed && (
            <div className="disputed" data-testid="date-alternatives">
              <strong>{t('details.disputed')}</strong>
              <ul>
                {p.date_alternatives.map((a) => (
                  <li key={`${a.date}-${a.reported_by}`}>
                    {/* Curated claims state their date (with weekday and time of day); others get it in front. */}
                    {!statesYear(lang === 'ar' ? a.claim_ar : a.claim_en, a.date) && (
                      <>
                        <bdi className="alt-date">{formatDateSpan(a.date, a.date_end, lang)}</bdi>
                        {lang === 'ar' ? '، ' : ', '}
                      </>
                    )}
                    <bdi>{own(lang === 'ar' ? a.claim_ar : a.claim_en)}</bdi>{' '}
                    <span className="muted">
                      (<bdi>{who(a)}</bdi>)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </dd>
        <dt>{t('details.place')}</dt>
        <dd>
          <span dir="auto">{text('place')}</span>
          {' · '}
          {label(meta.governorates, p.governorate)}
          <p className="note">
            <strong>{label(tax.location_precisions, p.location_precision)}</strong>
            {': '}
            {own(tax.location_precisions[p.location_precision][lang === 'ar' ? 'description_ar' : 'description_en'])}
          </p>
          <p className="note">{text('place_note')}</p>
          {distanceFrom && (
            <p className="note">
              <DistanceNote from={distanceFrom} at={operation.geometry.coordinates} lang={lang} />
            </p>
          )}
        </dd>
        <dt>{t('details.type')}</dt>
        <dd>{[p.type, ...p.secondary_types].map((id) => label(tax.types, id)).join(' · ')}</dd>
        <dt>{t('details.actors')}</dt>
        <dd>{p.actors.map((id) => label(tax.actors, id)).join(' · ')}</dd>
        {p.target && (
          <>
            <dt>{t('details.target')}</dt>
            <dd>{label(tax.targets, p.target)}</dd>
          </>
        )}
        <dt>{t('details.aircraft')}</dt>
        <dd>{text('aircraft') ?? t('details.notStated')}</dd>
        <dt>{t('details.outcomes')}</dt>
        <dd>
          {outcomes.length === 0 ? (
            t('details.notStated')
          ) : (
            <ul className="outcomes">
              {outcomes.map((o) => (
                <li key={o.k}>
                  <strong>{t(`details.outcome.${o.k}`)}:</strong> <bdi className="range">{o.value}</bdi>
                  {o.note && <span className="note"> — {o.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {text('civilians_harmed') && (
          <>
            <dt>{t('details.civilians')}</dt>
            <dd>{text('civilians_harmed')}</dd>
          </>
        )}
        {p.named_persons.length > 0 && (
          <>
            <dt>{t('details.persons')}</dt>
            <dd>
              <ul>
                {p.named_persons.map((n) => (
                  <li key={n.name_en}>
                    <bdi>{lang === 'ar' ? n.name_ar : n.name_en}</bdi>:{' '}
                    <bdi>{own(lang === 'ar' ? n.role_ar : n.role_en)}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('evidence.corroboration')}</dt>
        <dd data-testid="corroboration" data-count={corroborationOf(p)}>
          {t('evidence.outlets', { count: corroborationOf(p), formatted: formatNumber(corroborationOf(p), lang) })}
        </dd>
        <dt>{t('details.confidence')}</dt>
        <dd>
          {label(tax.confidence, p.confidence)}
          {!p.airborne_explicit && (
            <p className="note warn" data-testid="airborne-note">
              {t('details.notExplicit')} {text('airborne_note')}
            </p>
          )}
        </dd>
      </dl>

      {p.other_reports.length > 0 && (
        <section className="other-reports">
          <h3>{t('details.otherReports')}</h3>
          <ul>
            {p.other_reports.map((r) => (
              <li key={r.claim_en}>
                <bdi>{own(lang === 'ar' ? r.claim_ar : r.claim_en)}</bdi>{' '}
                <span className="muted">
                  (<bdi>{who(r)}</bdi>)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="sources">
        <h3>{t('details.sources')}</h3>
        <CiteOperation operation={operation} version={meta.version} />
        {p.sources.length === 0 && <p className="note">{t('details.noSources')}</p>}
        {[...new Set(p.sources.filter((s) => !isCited(s)).map((s) => s.article_id))].map((articleId) => (
          <SourceEvidence
            key={articleId}
            version={meta.version}
            sources={p.sources.filter((s) => !isCited(s) && s.article_id === articleId)}
            withText={withArticleText}
          />
        ))}
        {p.sources.filter(isCited).map((s) => (
          <CitedSource key={`${s.url}|${s.published}`} source={s} />
        ))}
      </section>
    </section>
  );
}
