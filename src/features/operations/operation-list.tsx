import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { OperationRow } from './operation-row';

interface Props {
  operations: OperationFeature[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Above this many rows only the visible ones are rendered. */
const VIRTUAL_FROM = 300;
const ROW_ESTIMATE = 64;

/**
 * One row per matching operation (title, date, place), sortable by date, navigable with the arrow keys.
 * Long lists are virtualised; short ones keep every row in the DOM (the test contract counts them).
 */
export function OperationList({ operations, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const [newestFirst, setNewestFirst] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = newestFirst ? [...operations].reverse() : operations;
  const virtual = rows.length >= VIRTUAL_FROM;
  // The virtualizer's functions are read during render on purpose; this component opts out of memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const buttons = [...scroller.current!.querySelectorAll<HTMLButtonElement>('button.op-row')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (next === undefined || !buttons.length) return;
    e.preventDefault();
    if (virtual && (e.key === 'Home' || e.key === 'End'))
      virtualizer.scrollToIndex(e.key === 'Home' ? 0 : rows.length - 1);
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
            <ol
              className="op-list"
              data-testid="op-list"
              aria-label={t('list.heading')}
              style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
            >
              {virtualizer.getVirtualItems().map((v) => (
                <li
                  key={rows[v.index].id}
                  data-op-id={rows[v.index].id}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    insetInlineStart: 0,
                    width: '100%',
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  <OperationRow
                    op={rows[v.index]}
                    lang={lang}
                    selected={selected === rows[v.index].id}
                    onSelect={onSelect}
                  />
                </li>
              ))}
            </ol>
          ) : (
            <ol className="op-list" data-testid="op-list" aria-label={t('list.heading')}>
              {rows.map((op) => (
                <li key={op.id} data-op-id={op.id}>
                  <OperationRow op={op} lang={lang} selected={selected === op.id} onSelect={onSelect} />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
