import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { previousPeriod, type DateRange } from '../../domain/compare';
import { DATE_PATTERN, formatTypedDate, parseTypedDate } from '../../domain/date-input';
import type { Lang } from '../../domain/view';
import './compare.css';

interface Props {
  /** Period A: the view's own time range (its ends filled from the data). */
  a: DateRange;
  lang: Lang;
  onChange: (vs: DateRange) => void;
  onClose: () => void;
}

/**
 * The form of "Compare with…" (loaded when it first opens): B's two dates typed as the time fields take them
 * (day/month/year in Arabic, month/day/year in English, ISO in both), filled with the period of the same length
 * before A, or that period in one click.
 */
export function CompareForm({ a, lang, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const [prev] = useState(() => previousPeriod(a));
  const [from, setFrom] = useState(() => formatTypedDate(prev.from, lang));
  const [to, setTo] = useState(() => formatTypedDate(prev.to, lang));
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const f = parseTypedDate(from, lang, true);
    const s = parseTypedDate(to, lang, true);
    if (f.kind !== 'date' || s.kind !== 'date' || f.iso > s.iso) return setInvalid(true);
    onClose();
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
          onClose();
          onChange(previousPeriod(a));
        }}
      >
        {t('compare.previous')}
      </button>
      <button type="button" className="link-button" onClick={onClose}>
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
