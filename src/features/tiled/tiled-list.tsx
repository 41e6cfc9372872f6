import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLang } from '../../domain/format';
import { OperationRow } from '../operations/operation-row';
import type { RecordStore } from './records';
import './tiled.css';

interface Props {
  rows: Uint32Array;
  store: RecordStore;
  selected: string | null;
  onSelect: (id: string) => void;
}

const ROW_ESTIMATE = 64;

/**
 * The list of a tiled dataset: virtualised over the matching rows (a million fit), each row's record fetched
 * with its chunk as it scrolls into view; a row whose record is on its way shows a placeholder.
 */
export function TiledList({ rows, store, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const [newestFirst, setNewestFirst] = useState(false);
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const rowAt = (i: number) => rows[newestFirst ? rows.length - 1 - i : i];
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const wanted = items.map((v) => rowAt(v.index));
  const missing = wanted.filter((r) => !store.peek(r)).join();
  useEffect(() => {
    if (!missing) return;
    let live = true;
    store.ensure(missing.split(',').map(Number)).then(
      () => live && setLoaded((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [missing, store]);

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
      {failed && (
        <p className="notice" role="alert">
          {t('tiled.recordsFailed')}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <div ref={scroller} className="op-list-scroll">
          <ol
            className="op-list"
            data-testid="op-list"
            aria-label={t('list.heading')}
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
          >
            {items.map((v) => {
              const op = store.peek(rowAt(v.index));
              return (
                <li
                  key={rowAt(v.index)}
                  data-op-id={op?.id}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    insetInlineStart: 0,
                    width: '100%',
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  {op ? (
                    <OperationRow op={op} lang={lang} selected={selected === op.id} onSelect={onSelect} />
                  ) : (
                    <div className="tiled-row-loading" aria-busy="true">
                      {t('tiled.rowLoading')}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
