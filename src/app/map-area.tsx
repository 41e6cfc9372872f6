import { lazy, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../domain/meta-schema';
import type { OperationFeature } from '../domain/operation-schema';
import type { MapController } from '../features/map/controller';
import { BASEMAP_IDS, ONLINE_BASEMAPS } from '../features/map/basemaps';
import { Credits } from '../features/map/credits';
import { LazyPart } from '../features/lazy/lazy-part';
import { Legend } from '../features/map/legend';
import { MapControls } from '../features/map/map-controls';
import { DENSE_FROM } from '../features/map/operation-layers';
import type { ViewState } from '../features/url-state/codec';
import type { Lang } from '../domain/view';
import type { useUrlState } from '../features/url-state/use-url-state';

// MapLibre (~300 KB gzip) loads as its own chunk, requested at once in parallel with the app and the data, so
// that the list, filters and timeline do not wait for the map engine to be parsed.
const mapViewModule = import('../features/map/map-view');
const MapView = lazy(() => mapViewModule.then((m) => ({ default: m.MapView })));

/**
 * Benchmark switch (`?bench-map=setdata`, not part of the view state): send all the time-filtered data to one
 * source on every step (the naive baseline) instead of the time-slice differences, to measure both in one run.
 */
const naiveUpdates = new URLSearchParams(window.location.search).get('bench-map') === 'setdata';
const NO_TIME = { from: null, to: null, years: [] };

interface Props {
  /** Undefined while loading: the map starts at once, its legend and credits once meta.json is in. */
  meta: Meta | undefined;
  /** Operations matching every filter except time, and the same with time applied. */
  untimed: OperationFeature[];
  operations: OperationFeature[];
  view: ViewState;
  lang: Lang;
  setView: ReturnType<typeof useUrlState>[1];
  onSelect: (id: string) => void;
  controllerRef: { current: MapController | null };
  compact: boolean;
  /** Shown over the top of the map (the playback period). */
  caption?: ReactNode;
}

/** The map with its overlays: basemap and layer pickers, legend, credits and the offline-basemap notice. */
export function MapArea({
  meta,
  untimed,
  operations,
  view,
  lang,
  setView,
  onSelect,
  controllerRef,
  compact,
  caption,
}: Props) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  const basemap = BASEMAP_IDS.includes(view.base) ? view.base : 'embedded';
  const failedName = ONLINE_BASEMAPS.find((b) => b.id === failed)?.label[lang];

  return (
    <section className="map-area">
      <LazyPart part="map" loading={<div className="map map-loading" data-testid="map" data-map-idle="false" />}>
        <MapView
          operations={naiveUpdates ? operations : untimed}
          time={naiveUpdates ? NO_TIME : view}
          timeSlices={!naiveUpdates}
          precisions={meta?.taxonomy.location_precisions}
          lang={lang}
          camera={view.map}
          selected={view.op}
          mode={view.layer}
          basemap={basemap}
          label={t('map.label')}
          controllerRef={controllerRef}
          onSelect={onSelect}
          onCamera={(map) => setView({ map })}
          onBasemapError={(id) => {
            setFailed(id);
            setView({ base: 'embedded' });
          }}
        />
      </LazyPart>
      <MapControls
        lang={lang}
        basemap={basemap}
        mode={view.layer}
        onBasemap={(base) => {
          setFailed(null);
          setView({ base }, 'push');
        }}
        onMode={(layer) => setView({ layer }, 'push')}
      />
      {failed && (
        <div className="notice" role="alert" data-testid="basemap-notice">
          <span>{t('map.basemapFailed', { name: failedName ?? failed })}</span>
          <button type="button" className="icon-button" aria-label={t('map.dismiss')} onClick={() => setFailed(null)}>
            ×
          </button>
        </div>
      )}
      {meta && (
        <Legend
          taxonomy={meta.taxonomy}
          lang={lang}
          mode={view.layer}
          compact={compact}
          dense={(naiveUpdates ? operations : untimed).length > DENSE_FROM}
        />
      )}
      {caption}
      {meta && <Credits credits={meta.credits} lang={lang} basemap={basemap} />}
    </section>
  );
}
