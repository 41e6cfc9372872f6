import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toggle, type FilteredViewProps } from '../../domain/filters';
import type { Filters } from '../../domain/filter-state';
import { formatNumber } from '../../domain/format';
import { DateField } from './date-field';
import { Histogram } from './histogram';
import { PlaybackControls } from './playback-controls';
import { timeScale } from './time-scale';
import type { Playback } from './use-playback';
import type { TimeAxis } from './use-time-axis';

/** `operations`: those matching every filter except time; the histogram shows where the rest of the data lies. */
interface Props extends FilteredViewProps {
  axis: TimeAxis;
  playback: Playback;
  /** Comparing two periods: B's range (highlighted on the histogram) and the control that sets it. */
  compare?: { from: string; to: string } | null;
  compareControl?: ReactNode;
}

const SPAN_STRIP_LIMIT = 500;

/** Histogram over time with a brush, typed dates, year chips, reset and playback. */
export function Timeline(props: Props) {
  const { operations, meta, filters, lang, onChange, axis, playback, compare, compareControl } = props;
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => setWidth(Math.max(200, Math.floor(el.clientWidth)));
    // Measured before the first paint too, so a drag never lands on a provisional width.
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const { extent, bin, bins } = axis;
  const types = Object.keys(meta.taxonomy.types);
  const rtl = lang === 'ar';
  const scale = timeScale(extent.from, extent.to, width, rtl);
  const selection = { from: filters.from ?? extent.from, to: filters.to ?? extent.to };
  const timed = !!(filters.from || filters.to);
  const years = Array.from(
    { length: +extent.to.slice(0, 4) - +extent.from.slice(0, 4) + 1 },
    (_, i) => +extent.from.slice(0, 4) + i,
  );

  // A person changing the time takes over from playback.
  const edit = (patch: Partial<Filters>, mode: 'push' | 'replace') => {
    playback.stop();
    onChange(patch, mode);
  };
  // The whole extent is no filter: its ends stay out of the URL.
  const range = (from: string | null, to: string | null) => ({
    from: from === extent.from ? null : from,
    to: to === extent.to ? null : to,
  });

  return (
    <section className="timeline" aria-label={t('timeline.title')} data-testid="timeline">
      <div className="timeline-bar">
        <PlaybackControls {...playback} />
        <DateField
          end="from"
          value={filters.from}
          other={filters.to}
          lang={lang}
          extent={extent}
          onApply={(from) => edit(range(from, filters.to), 'replace')}
        />
        <DateField
          end="to"
          value={filters.to}
          other={filters.from}
          lang={lang}
          extent={extent}
          onApply={(to) => edit(range(filters.from, to), 'replace')}
        />
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
          disabled={!timed && !filters.years.length}
          onClick={() => edit({ from: null, to: null, years: [] }, 'push')}
        >
          {t('timeline.reset')}
        </button>
        {compareControl}
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
          onBrush={(from, to) => edit(range(from, to), 'replace')}
          compare={compare}
        />
      </div>
    </section>
  );
}
