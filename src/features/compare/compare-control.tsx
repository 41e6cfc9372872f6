import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../domain/format';
import type { DateRange } from '../../domain/period';
import type { Lang } from '../../domain/view';
import './compare.css';

const load = () => import('./compare-form');
// The form and the comparison's code load when it first opens.
const CompareForm = lazy(() => load().then((m) => ({ default: m.CompareForm })));

interface Props {
  /** Period B (`vs=`), or null when not comparing. */
  vs: DateRange | null;
  /** Period A: the view's own time range (its ends filled from the data). */
  a: DateRange;
  lang: Lang;
  onChange: (vs: DateRange | null) => void;
}

/**
 * "Compare with…" beside the timeline: opens the form of B's two dates (compare-form.tsx). While comparing, a
 * chip names B and removes it.
 */
export function CompareControl({ vs, a, lang, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

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
  const button = (
    <button
      type="button"
      className="link-button compare-open"
      data-testid="compare-open"
      // Pointing at the button starts fetching the form's code, so that the click seldom waits.
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
      onClick={() => setOpen(true)}
    >
      {t('compare.open')}
    </button>
  );
  if (!open) return button;
  return (
    <Suspense fallback={button}>
      <CompareForm a={a} lang={lang} onChange={onChange} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
