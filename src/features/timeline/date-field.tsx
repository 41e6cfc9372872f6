import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_PATTERN, formatTypedDate, parseTypedDate } from '../../domain/date-input';
import { formatDate } from '../../domain/format';
import type { Lang } from '../../domain/view';

interface Props {
  end: 'from' | 'to';
  value: string | null;
  lang: Lang;
  extent: { from: string; to: string };
  /** The other end of the range, which this one must not pass. */
  other: string | null;
  onApply: (iso: string | null) => void;
}

type Problem = { key: 'invalid' } | { key: 'outside'; date: string } | { key: 'order' } | null;

/**
 * A typed start or end date in the UI language's format (day/month/year with Arabic-Indic digits in Arabic,
 * month/day/year in English, ISO in both). A date applies once complete (a four-digit year), or on Enter or
 * blur; a half-typed one never does. An invalid date, one outside the data or past the other end is named in
 * a message under the field and not applied. A calendar button opens the browser's date picker.
 */
export function DateField({ end, value, lang, extent, other, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  const errorId = useId();
  // The range changed elsewhere (brush, chips, playback, a link): a draft left in an unfocused field is stale.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!focused) {
      setDraft(null);
      setProblem(null);
    }
  }

  const check = (iso: string): Problem => {
    if (iso < extent.from || iso > extent.to) return { key: 'outside', date: iso };
    if (other && (end === 'from' ? iso > other : iso < other)) return { key: 'order' };
    return null;
  };
  const apply = (iso: string | null) => {
    const p = iso ? check(iso) : null;
    setProblem(p);
    if (!p && iso !== value) onApply(iso);
    return !p;
  };
  const read = (text: string, final: boolean) => {
    const r = parseTypedDate(text, lang, final);
    if (r.kind === 'date') return apply(r.iso);
    if (r.kind === 'invalid') setProblem({ key: 'invalid' });
    else setProblem(null);
    if (r.kind === 'empty' && final) return apply(null);
    return false;
  };
  const commit = () => {
    if (draft === null) return;
    if (read(draft, true)) setDraft(null);
  };

  const message =
    problem?.key === 'invalid'
      ? t('timeline.dateInvalid', { pattern: DATE_PATTERN[lang] })
      : problem?.key === 'outside'
        ? t('timeline.dateOutside', {
            date: formatDate(problem.date, lang),
            from: formatDate(extent.from, lang),
            to: formatDate(extent.to, lang),
          })
        : problem?.key === 'order'
          ? t(end === 'from' ? 'timeline.dateAfterEnd' : 'timeline.dateBeforeStart')
          : null;

  return (
    <div className="date-field">
      <label className="date-input">
        <span>{t(end === 'from' ? 'timeline.start' : 'timeline.end')}</span>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          dir={lang === 'ar' ? 'rtl' : 'ltr'}
          data-testid={`time-${end}`}
          placeholder={DATE_PATTERN[lang]}
          value={draft ?? (value ? formatTypedDate(value, lang) : '')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            read(e.target.value, false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape' && draft !== null) {
              e.preventDefault();
              setDraft(null);
              setProblem(null);
            }
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commit();
          }}
        />
      </label>
      <span className="date-picker">
        <button
          type="button"
          className="icon-button"
          aria-label={t(end === 'from' ? 'timeline.pickStart' : 'timeline.pickEnd')}
          onClick={() => picker.current?.showPicker?.()}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          min={extent.from}
          max={extent.to}
          value={value ?? ''}
          onChange={(e) => {
            setDraft(null);
            apply(e.target.value || null);
          }}
        />
      </span>
      {message && (
        <span className="field-error" id={errorId} role="alert" data-testid={`time-${end}-error`}>
          {message}
        </span>
      )}
    </div>
  );
}
