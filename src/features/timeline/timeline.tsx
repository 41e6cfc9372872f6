import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { histogram } from '../../domain/aggregate';
import { chooseBin } from '../../domain/dates';
import { toggle, type FilteredViewProps } from '../../domain/filters';
import type { Filters } from '../../domain/filter-state';
import { formatNumber } from '../../domain/format';
import { Histogram } from './histogram';
import { PlaybackControls } from './playback-controls';
import { timeScale } from './time-scale';
import { usePlayback } from './use-playback';

/** `operations`: those matching every filter except time; the histogram shows where the rest of the data lies. */
type Props = FilteredViewProps;

const SPAN_STRIP_LIMIT = 500;

/** Histogram over time with a brush, typed dates, year chips, reset and playback. */
export function Timeline({ operations, meta, filters, lang, onChange }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = box.current!;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, Math.floor(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const range = meta.date_range;
  const extent = useMemo(
    () => ({
      from: `${(range?.min ?? '2014-01-01').slice(0, 4)}-01-01`,
      to: `${(range?.max ?? '2026-12-31').slice(0, 4)}-12-31`,
    }),
    [range],
  );
  const bin = chooseBin(extent.from, extent.to);
  const types = Object.keys(meta.taxonomy.types);
  const bins = useMemo(() => histogram(operations, extent.from, extent.to, bin), [operations, extent, bin]);
  const rtl = lang === 'ar';
  const scale = timeScale(extent.from, extent.to, width, rtl);
  const selection =
    filters.from || filters.to ? { from: filters.from ?? extent.from, to: filters.to ?? extent.to } : null;
  const years = Array.from(
    { length: +extent.to.slice(0, 4) - +extent.from.slice(0, 4) + 1 },
    (_, i) => +extent.from.slice(0, 4) + i,
  );

  const onStep = useCallback((from: string | null, to: string) => onChange({ from, to }, 'replace'), [onChange]);
  const playback = usePlayback({ extent, bin, range: { from: filters.from, to: filters.to }, onStep });
  // A person changing the time takes over from playback.
  const edit = (patch: Partial<Filters>, mode: 'push' | 'replace') => {
    playback.pause();
    onChange(patch, mode);
  };

  return (
    <section className="timeline" aria-label={t('timeline.title')} data-testid="timeline">
      <div className="timeline-bar">
        <PlaybackControls {...playback} />
        <label className="date-input">
          <span>{t('timeline.start')}</span>
          <input
            type="date"
            data-testid="date-from"
            min={extent.from}
            max={filters.to ?? extent.to}
            value={filters.from ?? ''}
            onChange={(e) => edit({ from: e.target.value || null }, 'replace')}
          />
        </label>
        <label className="date-input">
          <span>{t('timeline.end')}</span>
          <input
            type="date"
            data-testid="date-to"
            min={filters.from ?? extent.from}
            max={extent.to}
            value={filters.to ?? ''}
            onChange={(e) => edit({ to: e.target.value || null }, 'replace')}
          />
        </label>
        <div className="year-chips" role="group" aria-label={t('timeline.years')}>
          {years.map((y) => (
            <button
              key={y}
              type="button"
              className="year-chip"
              aria-pressed={filters.years.includes(y)}
              data-year={y}
              onClick={() => edit({ years: toggle(filters.years, y) }, 'push')}
            >
              {formatNumber(y, lang).replace(/[٬,]/g, '')}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="link-button"
          data-testid="timeline-reset"
          disabled={!selection && !filters.years.length}
          onClick={() => edit({ from: null, to: null, years: [] }, 'push')}
        >
          {t('timeline.reset')}
        </button>
      </div>
      <div ref={box} className="histogram-box">
        <Histogram
          bins={bins}
          bin={bin}
          types={types}
          scale={scale}
          extent={extent}
          selection={selection}
          spans={operations.length <= SPAN_STRIP_LIMIT ? operations : []}
          lang={lang}
          rtl={rtl}
          onBrush={(from, to) => edit({ from, to }, 'replace')}
        />
      </div>
    </section>
  );
}
