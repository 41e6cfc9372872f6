import { useId } from 'react';
import { formatNumber, type UiLang } from '../../domain/format';

export interface Option {
  value: string;
  label: string;
  count: number;
}

interface Props {
  title: string;
  options: Option[];
  selected: string[];
  lang: UiLang;
  onToggle: (value: string) => void;
}

/** A multi-select group: one checkbox per option with its live count (under every other active filter). */
export function FilterGroup({ title, options, selected, lang, onToggle }: Props) {
  const id = useId();
  const active = options.filter((o) => selected.includes(o.value)).length;
  return (
    <details className="filter-group" open={active > 0 || undefined}>
      <summary id={id}>
        {title}
        {active > 0 && <span className="badge-count">{formatNumber(active, lang)}</span>}
      </summary>
      <ul role="group" aria-labelledby={id}>
        {options.map((o) => (
          <li key={o.value}>
            <label className={o.count === 0 && !selected.includes(o.value) ? 'empty-option' : undefined}>
              <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
              <span className="option-label" dir="auto">
                {o.label}
              </span>
              <span className="option-count">{formatNumber(o.count, lang)}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
