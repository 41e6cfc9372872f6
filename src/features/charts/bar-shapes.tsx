/**
 * Bar shapes shared by the charts. The visible bar is dimmed when other values of its filter are selected (the
 * cross-filter context); the hit bar is a transparent, full-length target over a category that toggles its
 * filter by pointer or keyboard (a button with `aria-pressed`) and names its count for screen readers.
 */
import type { KeyboardEvent } from 'react';

/** What Recharts hands a custom bar shape (the subset used here). */
export interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: { key: string; selected: boolean };
}

export const DIMMED_OPACITY = 0.3;

/** The rectangle with a positive size: a reversed axis (Arabic) hands bars a negative width. */
function box(p: ShapeProps, min = 0) {
  const [x, w] = (p.width ?? 0) < 0 ? [(p.x ?? 0) + p.width!, -p.width!] : [p.x ?? 0, p.width ?? 0];
  const [y, h] = (p.height ?? 0) < 0 ? [(p.y ?? 0) + p.height!, -p.height!] : [p.y ?? 0, p.height ?? 0];
  return { x, y, width: Math.max(w, min), height: Math.max(h, min) };
}

/** Above the value labels (z-index 2000), so that a label never takes a click meant for its bar. */
export const HIT_Z = 2100;

/** Whether a category is drawn dimmed: some value of its filter is selected, but not this one. */
export const isDimmed = (selected: boolean, anySelected: boolean) => anySelected && !selected;

export function visibleBar(anySelected: boolean, fillOf?: (key: string) => string, series?: string) {
  return function VisibleBar(props: unknown) {
    const p = props as ShapeProps;
    if (!p.payload || !p.height || !p.width) return <g />;
    const dimmed = isDimmed(p.payload.selected, anySelected);
    return (
      <rect
        className="chart-bar"
        {...box(p)}
        fill={fillOf ? fillOf(p.payload.key) : p.fill}
        fillOpacity={dimmed ? DIMMED_OPACITY : 1}
        data-key={p.payload.key}
        data-series={series}
        data-dimmed={dimmed}
      />
    );
  };
}

interface HitOptions {
  anySelected: boolean;
  /** Accessible name: the category and its count ("2020: 4 operations"). */
  describe: (key: string) => string;
  countOf: (key: string) => number;
  selectedText: (label: string) => string;
  onToggle: (key: string) => void;
}

export function hitBar({ anySelected, describe, countOf, selectedText, onToggle }: HitOptions) {
  return function HitBar(props: unknown) {
    const p = props as ShapeProps;
    if (!p.payload) return <g />;
    const { key, selected } = p.payload;
    const label = describe(key);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onToggle(key);
    };
    return (
      <rect
        className="chart-hit"
        {...box(p, 1)}
        fill="transparent"
        role="button"
        tabIndex={0}
        aria-pressed={selected}
        aria-label={selected ? selectedText(label) : label}
        data-key={key}
        data-count={countOf(key)}
        data-selected={selected}
        data-dimmed={isDimmed(selected, anySelected)}
        onClick={() => onToggle(key)}
        onKeyDown={onKeyDown}
      />
    );
  };
}
