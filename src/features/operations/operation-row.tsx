import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateSpan, type UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { typeColorOf } from '../../domain/palette';

interface Props {
  op: OperationFeature;
  lang: UiLang;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One list row: type colour, title, date (span, disputed badge) and place, in the current language. */
export const OperationRow = memo(function OperationRow({ op, lang, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const p = op.properties;
  return (
    <button
      type="button"
      className="op-row"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(p.id)}
    >
      <span className="op-row-title" dir="auto">
        <span className="type-dot" style={{ background: typeColorOf(p.type) }} aria-hidden="true" />
        {lang === 'ar' ? p.title_ar : p.title_en}
      </span>
      <span className="op-row-meta">
        <time dateTime={p.date}>{formatDateSpan(p.date, p.date_end, lang, p.date_precision)}</time>
        {p.date_disputed && <span className="badge badge-disputed">{t('list.disputed')}</span>}
        <span dir="auto">{lang === 'ar' ? p.place_ar : p.place_en}</span>
      </span>
    </button>
  );
});
