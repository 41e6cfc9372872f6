import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import type { UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import type { DistanceFrom } from './distance-note';
import { OperationRow } from './operation-row';

const ROW_ESTIMATE = 64;

interface Props {
  rows: OperationFeature[];
  lang: UiLang;
  label: string;
  selected: string | null;
  onSelect: (id: string) => void;
  scroller: RefObject<HTMLDivElement | null>;
  /** Receives a function that scrolls a row into view (Home/End go past the rendered rows). */
  jumpRef: RefObject<((index: number) => void) | null>;
  distanceFrom?: DistanceFrom | null;
}

/**
 * The long list: only the rows in view are in the DOM. A separate chunk, loaded the first time a list is long
 * (the atlas' own data never is).
 */
export default function VirtualRows(props: Props) {
  const { rows, lang, label, selected, onSelect, scroller, jumpRef, distanceFrom } = props;
  // The virtualizer's functions are read during render on purpose; this component opts out of memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  jumpRef.current = (index) => virtualizer.scrollToIndex(index);

  return (
    <ol
      className="op-list"
      data-testid="op-list"
      aria-label={label}
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
            distanceFrom={distanceFrom}
          />
        </li>
      ))}
    </ol>
  );
}
