import { useTranslation } from 'react-i18next';
import { formatDateSpan, type UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';

interface Props {
  operations: OperationFeature[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** One row per matching operation: title, date (span) and place in the current language. */
export function OperationList({ operations, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  if (operations.length === 0) return <p className="empty">{t('list.empty')}</p>;
  return (
    <ol className="op-list" data-testid="op-list" aria-label={t('list.heading')}>
      {operations.map(({ properties: p }) => (
        <li key={p.id} data-op-id={p.id}>
          <button
            type="button"
            className="op-row"
            aria-current={selected === p.id ? 'true' : undefined}
            onClick={() => onSelect(p.id)}
          >
            <span className="op-row-title" dir="auto">
              {lang === 'ar' ? p.title_ar : p.title_en}
            </span>
            <span className="op-row-meta">
              <time dateTime={p.date}>{formatDateSpan(p.date, p.date_end, lang, p.date_precision)}</time>
              {p.date_disputed && (
                <span className="badge badge-disputed" title={t('list.disputed')}>
                  {t('list.disputed')}
                </span>
              )}
              <span dir="auto">{lang === 'ar' ? p.place_ar : p.place_en}</span>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
