import { lazy, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { LazyPart } from '../lazy/lazy-part';
import type { DistanceFrom } from './distance-note';
import { OperationRow } from './operation-row';

interface Props {
  operations: OperationFeature[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** While a radius filter is set: each row shows its distance to the place. */
  distanceFrom?: DistanceFrom | null;
}

/** Above this many rows only the visible ones are rendered. */
const VIRTUAL_FROM = 300;
const VirtualRows = lazy(() => import('./virtual-rows'));

/**
 * One row per matching operation (title, date, place), sortable by date, navigable with the arrow keys.
 * Long lists are virtualised; short ones keep every row in the DOM (the test contract counts them).
 */
export function OperationList({ operations, selected, onSelect, distanceFrom }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const [newestFirst, setNewestFirst] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = newestFirst ? [...operations].reverse() : operations;
  const virtual = rows.length >= VIRTUAL_FROM;
  const jump = useRef<((index: number) => void) | null>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const buttons = [...scroller.current!.querySelectorAll<HTMLButtonElement>('button.op-row')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (next === undefined || !buttons.length) return;
    e.preventDefault();
    if (virtual && (e.key === 'Home' || e.key === 'End')) jump.current?.(e.key === 'Home' ? 0 : rows.length - 1);
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  return (
    <div className="op-list-box">
      <div className="list-tools">
        <button
          type="button"
          className="link-button"
          data-testid="sort-date"
          aria-pressed={newestFirst}
          onClick={() => setNewestFirst(!newestFirst)}
        >
          {t(newestFirst ? 'list.newestFirst' : 'list.oldestFirst')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <div ref={scroller} className="op-list-scroll" onKeyDown={onKeyDown}>
          {virtual ? (
            <LazyPart part="list">
              <VirtualRows
                rows={rows}
                lang={lang}
                label={t('list.heading')}
                selected={selected}
                onSelect={onSelect}
                scroller={scroller}
                jumpRef={jump}
                distanceFrom={distanceFrom}
              />
            </LazyPart>
          ) : (
            <ol className="op-list" data-testid="op-list" aria-label={t('list.heading')}>
              {rows.map((op) => (
                <li key={op.id} data-op-id={op.id}>
                  <OperationRow
                    op={op}
                    lang={lang}
                    selected={selected === op.id}
                    onSelect={onSelect}
                    distanceFrom={distanceFrom}
                  />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
