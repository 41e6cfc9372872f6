import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistogramBin } from '../../domain/aggregate';
import { addDays, type Bin } from '../../domain/dates';
import { LARGE_STEP, stepHandle } from './brush-steps';
import { axisTicks } from './axis-ticks';
import { formatDate, formatNumber, type UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { typeColorOf } from '../../domain/palette';
import type { TimeScale } from './time-scale';

interface Props {
  bins: HistogramBin[];
  bin: Bin;
  types: string[];
  scale: TimeScale;
  extent: { from: string; to: string };
  /** The selected range; the whole extent when no time filter is set (the handles are there from the start). */
  selection: { from: string; to: string };
  /** Operations drawn in the uncertainty strip (spans, disputed dates); omitted when there are too many. */
  spans: OperationFeature[];
  lang: UiLang;
  rtl: boolean;
  onBrush: (from: string, to: string) => void;
  /** Comparing two periods: B's range, highlighted beside A's (the selection). */
  compare?: { from: string; to: string } | null;
}

const BARS = 64;
const AXIS = 16;
const LANE = 7;
const MAX_LANES = 4;

/** Greedy lanes so that overlapping spans do not hide each other. */
function lanes(
  ops: OperationFeature[],
  scale: TimeScale,
): { op: OperationFeature; lane: number; x0: number; x1: number }[] {
  const ends: number[] = [];
  return ops.map((op) => {
    const a = scale.x(op.properties.date);
    const b = scale.x(addDays(op.properties.date_end ?? op.properties.date, 1));
    const [x0, x1] = a < b ? [a, b] : [b, a];
    let lane = ends.findIndex((e) => e < x0 - 2);
    if (lane < 0) lane = ends.length < MAX_LANES ? ends.length : MAX_LANES - 1;
    ends[lane] = Math.max(x1, x0 + 4);
    return { op, lane, x0, x1: Math.max(x1, x0 + 4) };
  });
}

/** Stacked histogram with a brush (pointer and keyboard) and a strip that draws each operation's date uncertainty. */
export function Histogram(props: Props) {
  const { bins, bin, types, scale, extent, selection, spans, lang, rtl, onBrush, compare } = props;
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ anchor: string; moving: 'new' | 'from' | 'to' } | null>(null);
  const [hover, setHover] = useState<HistogramBin | null>(null);
  const max = Math.max(1, ...bins.map((b) => b.total));
  const stripTop = BARS + AXIS + 6;
  const height = stripTop + MAX_LANES * LANE + 4;

  const pxToDate = (e: PointerEvent) => scale.date(e.clientX - svg.current!.getBoundingClientRect().left);
  const commit = (a: string, b: string) => onBrush(a < b ? a : b, a < b ? b : a);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const target = e.target as Element;
    const handle = target.getAttribute('data-handle') as 'from' | 'to' | null;
    const d = pxToDate(e);
    if (handle) drag.current = { anchor: handle === 'from' ? selection.to : selection.from, moving: handle };
    else drag.current = { anchor: d, moving: 'new' };
    svg.current!.setPointerCapture(e.pointerId);
    if (!handle) commit(d, d);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    commit(drag.current.anchor, pxToDate(e));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKey = (end: 'from' | 'to') => (e: KeyboardEvent) => {
    const n = e.shiftKey || e.key.startsWith('Page') ? LARGE_STEP[bin] : 1;
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next = selection[end];
    if (e.key === later || e.key === 'ArrowUp' || e.key === 'PageUp') next = stepHandle(next, end, n, bin, extent);
    else if (e.key === earlier || e.key === 'ArrowDown' || e.key === 'PageDown')
      next = stepHandle(next, end, -n, bin, extent);
    else if (e.key === 'Home') next = extent.from;
    else if (e.key === 'End') next = extent.to;
    else return;
    e.preventDefault();
    if (end === 'from') onBrush(next > selection.to ? selection.to : next, selection.to);
    else onBrush(selection.from, next < selection.from ? selection.from : next);
  };

  const sx = [scale.x(selection.from), scale.x(addDays(selection.to, 1))].sort((a, b) => a - b);
  const whole = selection.from === extent.from && selection.to === extent.to;
  return (
    <div className="histogram">
      <svg
        ref={svg}
        width={scale.width}
        height={height}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onLostPointerCapture={onPointerUp}
        onPointerLeave={() => setHover(null)}
        role="img"
        aria-label={t('timeline.histogramLabel')}
        data-testid="histogram"
      >
        {bins.map((b) => {
          const xa = scale.x(b.start);
          const xb = scale.x(b.end);
          const x = Math.min(xa, xb) + 1;
          const w = Math.max(1, Math.abs(xb - xa) - 2);
          let y = BARS;
          return (
            <g key={b.start} onPointerEnter={() => setHover(b)}>
              <rect x={x} y={0} width={w} height={BARS} fill="transparent" />
              {types.map((type) => {
                const n = b.byType[type] ?? 0;
                if (!n) return null;
                const h = (n / max) * (BARS - 4);
                y -= h;
                return <rect key={type} x={x} y={y} width={w} height={h} fill={typeColorOf(type)} />;
              })}
            </g>
          );
        })}
        <line x1={0} x2={scale.width} y1={BARS + 0.5} y2={BARS + 0.5} className="axis" />
        <g className="axis-ticks" aria-hidden="true">
          {axisTicks(extent, bin, scale, lang).map((tick) => (
            <g key={tick.iso}>
              <line x1={tick.x} x2={tick.x} y1={BARS} y2={BARS + 4} className="axis" />
              <text x={tick.x} y={BARS + AXIS - 2} textAnchor="middle" className="axis-label">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {lanes(spans, scale).map(({ op, lane, x0, x1 }) => (
          <g key={op.id} className="span-mark">
            <rect
              x={x0}
              y={stripTop + lane * LANE}
              width={x1 - x0}
              height={LANE - 2}
              rx={2}
              fill={op.properties.date_precision === 'day' ? typeColorOf(op.properties.type) : 'none'}
              stroke={typeColorOf(op.properties.type)}
              strokeDasharray={op.properties.date_disputed ? '2 1.5' : undefined}
            >
              <title>{`${lang === 'ar' ? op.properties.title_ar : op.properties.title_en}${op.properties.date_disputed ? ` — ${t('list.disputed')}` : ''}`}</title>
            </rect>
            {op.properties.date_alternatives.map((a) => (
              <circle
                key={a.date + a.reported_by}
                cx={scale.x(a.date)}
                cy={stripTop + lane * LANE + (LANE - 2) / 2}
                r={2}
                className="alt-date"
              />
            ))}
          </g>
        ))}
        {compare && compare.to >= extent.from && compare.from <= extent.to && (
          <PeriodBand range={compare} extent={extent} scale={scale} height={height} label={t('compare.b')} b />
        )}
        {compare && (
          <PeriodBand range={selection} extent={extent} scale={scale} height={height} label={t('compare.a')} />
        )}
        <g className={`brush${whole ? ' brush-whole' : ''}`}>
          <rect x={sx[0]} y={0} width={Math.max(2, sx[1] - sx[0])} height={height} className="brush-selection" />
          <rect
            x={scale.x(selection.from) - 4}
            y={0}
            width={8}
            height={height}
            data-handle="from"
            className="brush-grip"
          />
          <rect
            x={scale.x(addDays(selection.to, 1)) - 4}
            y={0}
            width={8}
            height={height}
            data-handle="to"
            className="brush-grip"
          />
        </g>
      </svg>
      <div className="brush-handles">
        {(['from', 'to'] as const).map((end) => (
          <span
            key={end}
            role="slider"
            tabIndex={0}
            className="handle-key"
            data-testid={`brush-${end}`}
            aria-label={t(end === 'from' ? 'timeline.start' : 'timeline.end')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round((Math.abs(scale.x(selection[end]) - scale.x(extent.from)) / scale.width) * 100)}
            aria-valuetext={formatDate(selection[end], lang)}
            onKeyDown={onKey(end)}
            style={{
              insetInlineStart: `${Math.max(0, Math.min(scale.width - 12, rtl ? scale.width - scale.x(selection[end]) : scale.x(selection[end])) - 6)}px`,
            }}
          />
        ))}
      </div>
      <p className="histogram-hover" aria-live="polite">
        {hover ? `${formatDate(hover.start, lang, bin)}: ${formatNumber(hover.total, lang)}` : '\u00a0'}
      </p>
    </div>
  );
}

/** A compared period's range over the histogram (clipped to the data), with its letter at the top. */
function PeriodBand(p: {
  range: { from: string; to: string };
  extent: { from: string; to: string };
  scale: TimeScale;
  height: number;
  label: string;
  b?: boolean;
}) {
  const from = p.range.from < p.extent.from ? p.extent.from : p.range.from;
  const to = p.range.to > p.extent.to ? p.extent.to : p.range.to;
  const [x0, x1] = [p.scale.x(from), p.scale.x(addDays(to, 1))].sort((a, b) => a - b);
  return (
    <g
      className={`period-band ${p.b ? 'period-b' : 'period-a'}`}
      data-testid={p.b ? 'histogram-b' : 'histogram-a'}
      data-from={p.range.from}
      data-to={p.range.to}
      aria-hidden="true"
    >
      <rect x={x0} y={0} width={Math.max(2, x1 - x0)} height={p.height} />
      <text x={(x0 + x1) / 2} y={10} textAnchor="middle">
        {p.label}
      </text>
    </g>
  );
}
