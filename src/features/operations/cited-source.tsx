import { useTranslation } from 'react-i18next';
import { formatDate, localizeDigits, type UiLang } from '../../domain/format';
import type { PublishedSource } from '../../domain/operation-schema';
import './cited-source.css';

/**
 * A source cited by URL only: its outlet, publication date and link, and what it reports, paraphrased in the
 * atlas's own words in the UI language. Its text is not stored here, and the card says so: no quote is shown
 * as if it were the outlet's own sentence.
 */
export function CitedSource({ source: s }: { source: PublishedSource }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const outlet = lang === 'ar' ? s.outlet_ar : s.outlet;
  const via = lang === 'ar' ? (s.republished_from_ar ?? s.republished_from) : s.republished_from;
  const claims = lang === 'ar' ? s.claims_ar : s.claims_en;
  return (
    <article className="source source-cited" data-testid="source-cited" data-url={s.url}>
      <header>
        <strong dir="auto">{outlet}</strong>
        <span className="muted">
          {' · '}
          {formatDate(s.published, lang)}
          {s.published_precision === 'inferred' && ` (${t('details.inferredDate')})`}
        </span>
        {via && (
          <span className="muted" data-testid="source-via">
            {t('evidence.republishedFrom', { outlet: via })}
          </span>
        )}
        <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-link">
          {t('details.original')}
        </a>
      </header>
      <p className="cited-claims" dir="auto" lang={lang}>
        <span className="cited-claims-label">{t('evidence.reports')}</span> {claims && localizeDigits(claims, lang)}
      </p>
      <p className="note cited-not-stored" data-testid="source-not-stored">
        {t('evidence.notStored')}
      </p>
    </article>
  );
}
