import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CORROBORATED, corroborationOf } from '../../domain/corroboration';
import { formatDateSpan, formatNumber, type UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { typeColorOf } from '../../domain/palette';
import { DistanceNote, type DistanceFrom } from './distance-note';
import { Highlighted } from './highlighted';
import './cited-source.css';
import './operation-row.css';
import { useRowMatch } from './use-row-match';

interface Props {
  op: OperationFeature;
  lang: UiLang;
  selected: boolean;
  onSelect: (id: string) => void;
  /** While a radius filter is set: the distance to its place is shown. */
  distanceFrom?: DistanceFrom | null;
}

/**
 * One list row: type colour, title, date (span, disputed badge) and place, in the current language. While a
 * search is active, the matched words are marked, and a word that matched elsewhere is shown in one snippet.
 */
export const OperationRow = memo(function OperationRow({ op, lang, selected, onSelect, distanceFrom }: Props) {
  const { t } = useTranslation();
  const p = op.properties;
  const match = useRowMatch(op, lang);
  const corroboration = corroborationOf(p);
  return (
    <button
      type="button"
      className="op-row"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(p.id)}
    >
      <span className="op-row-title" dir="auto">
        <span className="type-dot" style={{ background: typeColorOf(p.type) }} aria-hidden="true" />
        <Highlighted text={lang === 'ar' ? p.title_ar : p.title_en} ranges={match.title} />
      </span>
      <span className="op-row-meta">
        <time dateTime={p.date}>{formatDateSpan(p.date, p.date_end, lang, p.date_precision)}</time>
        {p.date_disputed && <span className="badge badge-disputed">{t('list.disputed')}</span>}
        <span
          className="badge-corroboration"
          data-testid="row-corroboration"
          data-corroborated={corroboration >= CORROBORATED}
          title={t('evidence.outlets', { count: corroboration, formatted: formatNumber(corroboration, lang) })}
        >
          {t('evidence.outletsShort', { count: corroboration, formatted: formatNumber(corroboration, lang) })}
        </span>
        <span dir="auto">
          <Highlighted text={lang === 'ar' ? p.place_ar : p.place_en} ranges={match.place} />
        </span>
        {distanceFrom && <DistanceNote from={distanceFrom} at={op.geometry.coordinates} lang={lang} />}
      </span>
      {match.snippet && (
        <span className="op-row-match" data-testid="op-match" data-field={match.snippet.field}>
          <span className="op-row-match-label">
            {t('search.matched', { field: t(`search.fields.${match.snippetField ?? 'title'}`) })}
          </span>
          <span dir="auto">
            <Highlighted text={match.snippet.text} ranges={match.snippet.ranges} />
          </span>
        </span>
      )}
    </button>
  );
});
