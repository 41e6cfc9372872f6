import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../domain/meta-schema';
import type { OperationFeature } from '../domain/operation-schema';
import type { MapController } from '../features/map/controller';
import { BASEMAP_IDS, ONLINE_BASEMAPS } from '../features/map/basemaps';
import { Credits } from '../features/map/credits';
import { LazyPart } from '../features/lazy/lazy-part';
import { useModule } from '../features/lazy/use-module';
import { Legend } from '../features/map/legend';
import { useChoropleth } from '../features/map/use-choropleth';
import { toggle } from '../domain/filters';
import type { Comparison } from '../features/compare/use-compare';
import { MapControls } from '../features/map/map-controls';
import type { MapLocale } from '../features/map/map-locale';
import type { Padding } from '../features/map/free-area';
import { DENSE_FROM } from '../features/map/operation-layers';
import type { ViewState } from '../features/url-state/codec';
import type { Lang, Theme } from '../domain/view';
import type { useUrlState } from '../features/url-state/use-url-state';
import type { TiledMapProps } from '../features/map/map-view';
import { loadFilterExtras } from '../domain/filter-extras';
import type { Near } from '../domain/spatial';
import type { Place } from '../features/spatial/places';
import { SpatialTool } from '../features/spatial/spatial-tool';

// MapLibre (~300 KB gzip) loads as its own chunk, requested at once in parallel with the app and the data, so
// that the list, filters and timeline do not wait for the map engine to be parsed.
const mapViewModule = import('../features/map/map-view');
const MapView = lazy(() => mapViewModule.then((m) => ({ default: m.MapView })));
// Shown only with `layer=choropleth` or `vs=`: their code loads then, not at start.
const ChoroplethLegend = lazy(() =>
  import('../features/map/choropleth-legend').then((m) => ({ default: m.ChoroplethLegend })),
);
const CompareLegend = lazy(() =>
  import('../features/compare/compare-legend').then((m) => ({ default: m.CompareLegend })),
);
// The list of operations under one click: loaded on first use.
const OperationChooser = lazy(() =>
  import('../features/map/operation-chooser').then((m) => ({ default: m.OperationChooser })),
);

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
  /** The map area's element (its overlays are measured against it), its free area, and "zoom to filtered". */
  area: RefObject<HTMLElement | null>;
  theme: Theme;
  /** Comparing two periods (`vs=`): A ∪ B with each operation's period. */
  compare?: Comparison | null;
  padding: () => Padding;
  onFitAll: () => void;
  /** The radius with its centre once the gazetteer has resolved `near=`, and that place. */
  near: Near | null;
  nearPlace: Place | null;
  /**
   * A tiled dataset: its map props, and the records of picked rows (fetched by chunk); null while it is still
   * opening, so that the map does not call the view complete (idle) before the dataset's layers are on it.
   */
  tiled?: (TiledMapProps & { resolve: (rows: number[]) => Promise<OperationFeature[]> }) | null;
}

/** The map with its overlays: basemap and layer pickers, legend, credits and the offline-basemap notice. */
export function MapArea(props: Props) {
  const { meta, untimed, operations, view, lang, setView, onSelect, controllerRef, compact, caption } = props;
  const { area, padding, onFitAll, theme, near, nearPlace } = props;
  // Outlines of an area or a radius: drawn once their code is in (domain/filter-extras.ts).
  const extras = useModule(view.area || near?.at ? loadFilterExtras : null);
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  const wanted = BASEMAP_IDS.includes(view.base) ? view.base : 'embedded';
  // A link that names an online basemap does not contact that third party (the person's address and map area
  // would reach it) until the person agrees; choosing one in the picker is agreeing.
  const [allowed, setAllowed] = useState<string[]>([]);
  const basemap = wanted === 'embedded' || allowed.includes(wanted) ? wanted : 'embedded';
  const asking = basemap !== wanted ? ONLINE_BASEMAPS.find((b) => b.id === wanted) : undefined;
  const failedName = ONLINE_BASEMAPS.find((b) => b.id === failed)?.label[lang];
  const [chooser, setChooser] = useState<{ ids: string[]; point: { x: number; y: number } } | null>(null);
  const closeChooser = useCallback(() => setChooser(null), []);
  // Records of a tiled dataset's last pick, for the chooser (the page holds no operations of its own).
  const [picked, setPicked] = useState<OperationFeature[]>([]);
  const byId = useMemo(() => new Map([...untimed, ...picked].map((o) => [o.id, o])), [untimed, picked]);
  const tiled = props.tiled ?? undefined;
  // A tiled page: the dataset may still be opening (null); until it is, the map takes no operations.
  const tiledPage = props.tiled !== undefined;
  const opening = props.tiled === null;
  // `layer=choropleth`: operations per governorate under every filter and the time range.
  const choropleth = useChoropleth(view.layer === 'choropleth' ? operations : null, meta, lang, theme);
  const gov = view.gov;
  const pickGovernorate = useCallback((iso: string) => setView({ gov: toggle(gov, iso) }, 'push'), [setView, gov]);
  const locale: MapLocale = {
    lang,
    strings: {
      'NavigationControl.ZoomIn': t('map.zoomIn'),
      'NavigationControl.ZoomOut': t('map.zoomOut'),
      'NavigationControl.ResetBearing': t('map.resetNorth'),
      'Map.Title': t('map.canvas'),
    },
    km: t('map.km'),
    m: t('map.m'),
  };

  return (
    <section className="map-area" ref={area as RefObject<HTMLElement>}>
      <LazyPart part="map" loading={<div className="map map-loading" data-testid="map" data-map-idle="false" />}>
        <MapView
          operations={naiveUpdates ? operations : untimed}
          time={naiveUpdates ? NO_TIME : view}
          timeSlices={!naiveUpdates}
          precisions={opening ? undefined : meta?.taxonomy.location_precisions}
          lang={lang}
          locale={locale}
          theme={theme}
          camera={view.map}
          selected={view.op}
          mode={view.layer}
          basemap={basemap}
          label={t('map.label')}
          controllerRef={controllerRef}
          onSelect={onSelect}
          onChoose={(ids, point) => setChooser({ ids, point })}
          choropleth={choropleth?.view ?? null}
          compare={props.compare?.rows ?? null}
          onGovernorate={pickGovernorate}
          {...tiled}
          onPickRows={(rows, point) =>
            void tiled?.resolve(rows).then((ops) => {
              if (ops.length === 1) return onSelect(ops[0].id);
              setPicked(ops);
              setChooser({ ids: ops.map((o) => o.id), point });
            })
          }
          padding={padding}
          shapes={{
            area: view.area && extras ? extras.areaRing(view.area) : null,
            circle: near?.at && extras ? extras.circleRing(near.at, near.km) : null,
          }}
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
          setAllowed((a) => [...a, base]);
          setView({ base }, 'push');
        }}
        onMode={(layer) => setView({ layer }, 'push')}
      >
        {props.compare && (
          <Suspense fallback={null}>
            <CompareLegend a={props.compare.a} b={props.compare.range} lang={lang} />
          </Suspense>
        )}
      </MapControls>
      {asking && (
        <div className="notice consent" role="alert" data-testid="basemap-consent">
          <span>{t('map.consent', { name: asking.label[lang], host: new URL(asking.tiles[0]).hostname })}</span>
          <button
            type="button"
            className="tool-button"
            data-testid="basemap-consent-load"
            onClick={() => setAllowed((a) => [...a, asking.id])}
          >
            {t('map.consentLoad', { name: asking.label[lang] })}
          </button>
          <button type="button" className="link-button" onClick={() => setView({ base: 'embedded' }, 'replace')}>
            {t('map.consentStay')}
          </button>
        </div>
      )}
      {failed && (
        <div className="notice" role="alert" data-testid="basemap-notice">
          <span>{t('map.basemapFailed', { name: failedName ?? failed })}</span>
          <button type="button" className="icon-button" aria-label={t('map.dismiss')} onClick={() => setFailed(null)}>
            ×
          </button>
        </div>
      )}
      {meta && choropleth && (
        <Suspense fallback={null}>
          <ChoroplethLegend
            data={choropleth.data}
            meta={meta}
            lang={lang}
            selected={view.gov}
            onPick={pickGovernorate}
            compact={compact}
          />
        </Suspense>
      )}
      {/* Not while the choropleth's code loads either: no other legend flashes in its place. */}
      {meta && view.layer !== 'choropleth' && !props.compare && (
        <Legend
          taxonomy={meta.taxonomy}
          lang={lang}
          mode={view.layer}
          compact={compact}
          dense={tiledPage || (naiveUpdates ? operations : untimed).length > DENSE_FROM}
        />
      )}
      {caption}
      <button
        type="button"
        className="map-fit icon-button"
        data-testid="zoom-to-filtered"
        title={t('map.fitFiltered')}
        aria-label={t('map.fitFiltered')}
        disabled={!operations.length}
        onClick={onFitAll}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" fill="none" stroke="currentColor" />
          <circle cx="8" cy="8" r="2" fill="currentColor" />
        </svg>
      </button>
      {meta && (
        <SpatialTool
          area={view.area ?? null}
          near={view.near ?? null}
          place={nearPlace}
          meta={meta}
          lang={lang}
          draw={(o) => controllerRef.current?.drawArea(o) ?? Promise.reject(new Error('no map'))}
          onChange={(patch, mode) => setView(patch, mode)}
        />
      )}
      {chooser && (
        <Suspense fallback={null}>
          <OperationChooser
            operations={chooser.ids.flatMap((id) => byId.get(id) ?? [])}
            point={chooser.point}
            lang={lang}
            onSelect={onSelect}
            onClose={closeChooser}
          />
        </Suspense>
      )}
      {meta && <Credits credits={meta.credits} lang={lang} basemap={basemap} />}
    </section>
  );
}
