import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { previousPeriod, type DateRange } from '../../domain/compare';
import { DATE_PATTERN, formatTypedDate, parseTypedDate } from '../../domain/date-input';
import { formatDateRange } from '../../domain/format';
import type { Lang } from '../../domain/view';
import './compare.css';

interface Props {
  /** Period B (`vs=`), or null when not comparing. */
  vs: DateRange | null;
  /** Period A: the view's own time range (its ends filled from the data). */
  a: DateRange;
  lang: Lang;
  onChange: (vs: DateRange | null) => void;
}

/**
 * "Compare with…" beside the timeline: B's two dates typed as the time fields take them (day/month/year in
 * Arabic, month/day/year in English, ISO in both), or one click for the period of the same length before A.
 * While comparing, a chip names B and removes it.
 */
export function CompareControl({ vs, a, lang, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [invalid, setInvalid] = useState(false);

  if (vs) {
    const range = formatDateRange(vs.from, vs.to, lang);
    return (
      <button
        type="button"
        className="chip compare-chip"
        data-testid="compare-chip"
        aria-label={t('compare.remove', { range })}
        onClick={() => onChange(null)}
      >
        <span className="compare-key compare-key-b" aria-hidden="true" />
        <bdi>{t('compare.chip', { range })}</bdi>
        <span aria-hidden="true"> ×</span>
      </button>
    );
  }
  if (!open)
    return (
      <button
        type="button"
        className="link-button compare-open"
        data-testid="compare-open"
        onClick={() => {
          const prev = previousPeriod(a);
          setFrom(formatTypedDate(prev.from, lang));
          setTo(formatTypedDate(prev.to, lang));
          setInvalid(false);
          setOpen(true);
        }}
      >
        {t('compare.open')}
      </button>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const f = parseTypedDate(from, lang, true);
    const s = parseTypedDate(to, lang, true);
    if (f.kind !== 'date' || s.kind !== 'date' || f.iso > s.iso) return setInvalid(true);
    setOpen(false);
    onChange({ from: f.iso, to: s.iso });
  };
  const field = (end: 'from' | 'to', value: string, set: (v: string) => void) => (
    <label className="compare-field">
      <span>{t(`compare.${end}`)}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        dir={lang === 'ar' ? 'rtl' : 'ltr'}
        data-testid={`compare-${end}`}
        placeholder={DATE_PATTERN[lang]}
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          set(e.target.value);
          setInvalid(false);
        }}
      />
    </label>
  );
  return (
    <form className="compare-form" data-testid="compare-form" aria-label={t('compare.title')} onSubmit={submit}>
      {field('from', from, setFrom)}
      {field('to', to, setTo)}
      <button type="submit" className="tool-button" data-testid="compare-apply">
        {t('compare.apply')}
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="compare-previous"
        onClick={() => {
          setOpen(false);
          onChange(previousPeriod(a));
        }}
      >
        {t('compare.previous')}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('compare.cancel')}
      </button>
      {invalid && (
        <span className="field-error" role="alert" data-testid="compare-error">
          {t('compare.invalid', { pattern: DATE_PATTERN[lang] })}
        </span>
      )}
    </form>
  );
}
