import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateSpan, formatNumber } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { typeColorOf } from '../../domain/palette';
import type { Lang } from '../../domain/view';

interface Props {
  operations: OperationFeature[];
  /** Where the person picked, in map pixels. */
  point: { x: number; y: number };
  lang: Lang;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/**
 * The list offered when a click (or Enter on the map) finds several operations within a few pixels: title,
 * date and type of each, to choose from with the pointer or the keyboard (arrows, Home/End, Enter, Esc).
 */
export function OperationChooser({ operations, point, lang, onSelect, onClose }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    (
      box.current?.querySelector<HTMLElement>('button.chooser-item') ??
      box.current?.querySelector<HTMLElement>('button')
    )?.focus();
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      if (previous?.isConnected) previous.focus();
    };
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    const items = [...box.current!.querySelectorAll<HTMLButtonElement>('button.chooser-item')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
    if (next === undefined || !items.length) return;
    e.preventDefault();
    items[(next + items.length) % items.length].focus();
  };

  return (
    <div
      ref={box}
      className="op-chooser"
      role="dialog"
      aria-label={t('map.chooser.title', {
        count: operations.length,
        formatted: formatNumber(operations.length, lang),
      })}
      data-testid="op-chooser"
      style={{ left: point.x, top: point.y }}
      onKeyDown={onKeyDown}
    >
      <div className="chooser-head">
        <strong>
          {operations.length
            ? t('map.chooser.title', { count: operations.length, formatted: formatNumber(operations.length, lang) })
            : t('map.chooser.none')}
        </strong>
        <button type="button" className="icon-button" aria-label={t('map.chooser.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {operations.length > 0 && (
        <ul>
          {operations.map((op) => {
            const p = op.properties;
            return (
              <li key={op.id}>
                <button
                  type="button"
                  className="chooser-item"
                  data-op-id={op.id}
                  onClick={() => {
                    onSelect(op.id);
                    onClose();
                  }}
                >
                  <span className="type-dot" style={{ background: typeColorOf(p.type) }} aria-hidden="true" />
                  <span dir="auto">{lang === 'ar' ? p.title_ar : p.title_en}</span>
                  <time dateTime={p.date} className="muted">
                    {formatDateSpan(p.date, p.date_end, lang, p.date_precision)}
                  </time>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
