import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../domain/filter-state';
import { ExportMenu } from '../features/export/export-menu';
import { ActiveChips } from '../features/filters/active-chips';
import { describeFilters } from '../features/filters/describe';
import { FilterPanel } from '../features/filters/filter-panel';
import { LangSwitch } from '../features/language/lang-switch';
import { ThemeSwitch } from '../features/theme/theme-switch';
import { useTheme } from '../features/theme/use-theme';
import { LazyFailure, LazyPart } from '../features/lazy/lazy-part';
import { OfflineStatus } from '../features/offline/offline-status';
import { useLanguage } from '../features/language/use-language';
import type { MapController } from '../features/map/controller';
import { DataError } from '../features/operations/data-error';
import { OperationList } from '../features/operations/operation-list';
import { useAtlasData } from '../features/operations/use-atlas-data';
import { CopyLink } from '../features/share/copy-link';
import { EmbedButton } from '../features/share/embed-button';
import { PlaybackCaption } from '../features/timeline/playback-caption';
import { Timeline } from '../features/timeline/timeline';
import { usePlayback, type TimePatch } from '../features/timeline/use-playback';
import { useTimeAxis } from '../features/timeline/use-time-axis';
import { LinkNotice } from '../features/url-state/link-notice';
import { useUrlState } from '../features/url-state/use-url-state';
import { DropZone } from '../features/datasets/drop-zone';
import { isTiledPath } from '../features/tiled/is-tiled';
import { placeName } from '../features/spatial/place-name';
import { useSpatial } from '../features/spatial/use-spatial';
import { useRunnableFilters } from '../features/filters/use-runnable-filters';
import { AppHeader } from './app-header';
import { DatasetSlot } from './dataset-slot';
import { periodA } from '../domain/period';
import { CompareControl } from '../features/compare/compare-control';
import { useCompare } from '../features/compare/use-compare';
import { EmbedView } from './embed-view';
import { FullPage, pageView } from './full-page';
import { SkipLinks } from './skip-links';
import { MapArea } from './map-area';
import { PhoneTabs, type Tab } from './phone-tabs';
import { useLinkRepairs } from './use-link-repairs';
import { useLocalDataset } from './use-local-dataset';
import { useMapFraming } from './use-map-framing';
import { usePrintReady } from './use-print-ready';
import { useViewData } from './use-view-data';

const ChartsPanel = lazy(() => import('../features/charts/charts-panel'));
const CompareChart = lazy(() => import('../features/compare/compare-chart'));
// Shown only while comparing (`vs=`).
const OpCountB = lazy(() => import('../features/compare/op-count-b').then((m) => ({ default: m.OpCountB })));
const PrintView = lazy(() => import('./print-view').then((m) => ({ default: m.PrintView })));
// Loaded on the first selection (or with `op=` at start), together with the article evidence it shows.
const OperationDetails = lazy(() => import('../features/operations/operation-details'));

// A tiled dataset (`data=…/manifest.json`) has its own page: its code, pmtiles and its worker load only then.
const TiledLayout = lazy(() => import('./tiled-layout'));

export function Layout() {
  const [view] = useUrlState();
  if (isTiledPath(view.data))
    return (
      <Suspense fallback={null}>
        <TiledLayout />
      </Suspense>
    );
  return <AtlasLayout />;
}

/** The page: header, filters and list (inline start), map, charts and timeline, details (inline end). */
function AtlasLayout() {
  const { t } = useTranslation();
  const [view, setView] = useUrlState();
  const lang = useLanguage(view.lang);
  const [theme, setTheme] = useTheme();
  const local = useLocalDataset(useCallback(() => setView({ op: null, data: null, page: null }, 'push'), [setView]));
  const loaded = useAtlasData(view.data, local.dataset);
  // `near=` names a gazetteer place: its position (and whether it exists) comes with the gazetteer.
  const resolved = useSpatial(view);
  // The filters as the engine can run them now: a query, area or radius waits for its code, as for the data.
  const spatial = { ...resolved, ...useRunnableFilters(resolved.filters) };
  const data = spatial.pending ? { ...loaded, operations: undefined } : loaded;
  const { filtered, untimed } = useViewData(data.operations, spatial.filters);
  const nearName = spatial.place ? placeName(spatial.place, lang) : undefined;
  const nearAt = spatial.filters.near?.at;
  const distanceFrom = useMemo(() => (nearAt && nearName ? { at: nearAt, name: nearName } : null), [nearAt, nearName]);
  const chartsOpen = view.charts;
  const [tab, setTab] = useState<Tab>('map');
  const mapRef = useRef<MapController | null>(null);
  const mapArea = useRef<HTMLElement>(null);
  const selected = filtered.find((o) => o.id === view.op) ?? data.operations?.find((o) => o.id === view.op) ?? null;
  const select = useCallback((id: string) => setView({ op: id }, 'push'), [setView]);
  const close = useCallback(() => setView({ op: null }, 'push'), [setView]);
  const setFilters = useCallback(
    (patch: Partial<Filters>, mode: 'push' | 'replace' = 'push') => setView(patch, mode),
    [setView],
  );
  const meta = data.meta;
  const unknownOp = view.op && data.operations && !selected ? view.op : null;
  const { ignored, missingOp, missingPlace } = useLinkRepairs(setView, unknownOp, spatial.missing);
  const axis = useTimeAxis(untimed, meta);
  // Comparing two periods (`vs=`): B is a second query with every filter but time.
  const aRange = periodA(view, axis.extent);
  const comparison = useCompare(data.operations, spatial.filters, view.vs, filtered, aRange);
  const playback = usePlayback(
    axis,
    view,
    useCallback((patch: TimePatch) => setView(patch, 'replace'), [setView]),
  );
  const printReady = usePrintReady();
  const printMap = useCallback(() => mapRef.current?.imageNow() ?? null, []);
  const framing = useMapFraming(mapArea, mapRef, filtered, view, playback.playing);

  const mapEl = (
    <MapArea
      meta={meta}
      untimed={untimed}
      operations={filtered}
      view={view}
      lang={lang}
      setView={setView}
      onSelect={select}
      controllerRef={mapRef}
      compact={chartsOpen || !!selected}
      caption={meta && <PlaybackCaption playback={playback} bin={axis.bin} lang={lang} />}
      area={mapArea}
      theme={theme}
      padding={framing.padding}
      onFitAll={framing.fitAll}
      near={spatial.filters.near ?? null}
      nearPlace={spatial.place}
      compare={comparison}
    />
  );
  const timelineEl = meta && (
    <Timeline
      operations={untimed}
      meta={meta}
      filters={view}
      lang={lang}
      onChange={setFilters}
      axis={axis}
      playback={playback}
      compare={view.vs}
      compareControl={<CompareControl vs={view.vs} a={aRange} lang={lang} onChange={(vs) => setView({ vs }, 'push')} />}
    />
  );
  if (view.embed)
    return (
      <EmbedView count={data.operations ? filtered.length : null} lang={lang}>
        {mapEl}
        {timelineEl}
      </EmbedView>
    );

  return (
    <div className="app" dir={lang === 'ar' ? 'rtl' : 'ltr'} data-testid="app-root">
      <SkipLinks onMap={() => setTab('map')} onList={() => setTab('list')} onFilters={() => setTab('filters')} />
      <AppHeader
        count={data.operations ? filtered.length : null}
        chartsOpen={chartsOpen}
        onCharts={() => setView({ charts: !chartsOpen }, 'push')}
        primary={<LangSwitch onSwitch={(l) => setView({ lang: l }, 'push')} />}
        countB={
          comparison && (
            <Suspense fallback={null}>
              <OpCountB count={comparison.b.length} range={comparison.range} />
            </Suspense>
          )
        }
      >
        <CopyLink />
        <EmbedButton />
        <DropZone onFile={local.open} importing={local.importing} onCancel={local.cancel} />
        {meta && (
          <ExportMenu
            operations={comparison ? comparison.rows.map((r) => r.op) : filtered}
            periods={comparison?.marks ?? null}
            ranges={comparison ? { a: comparison.a, b: comparison.range } : null}
            layer={view.layer}
            theme={theme}
            meta={meta}
            filters={spatial.filters}
            lang={lang}
            caption={describeFilters(view, meta, lang, filtered.length, t, nearName)}
            dataset={data.dataset}
            mapImage={() => mapRef.current?.snapshot()}
          />
        )}
        <button
          type="button"
          className="tool-button"
          data-testid="methodology-link"
          aria-current={view.page === 'methodology' ? 'page' : undefined}
          onClick={() => setView({ page: 'methodology' }, 'push')}
        >
          {t('methodology.link')}
        </button>
        <button type="button" className="tool-button" data-testid="print" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <ThemeSwitch theme={theme} onChange={setTheme} />
      </AppHeader>
      <DatasetSlot
        dataset={data.dataset}
        failure={local.failure}
        importing={local.importing}
        lang={lang}
        onReset={() => {
          local.reset();
          setView({ data: null, op: null }, 'push');
        }}
      />
      <OfflineStatus />
      <LinkNotice ignored={ignored} missingOp={missingOp} missingPlace={missingPlace} />
      {data.error ? (
        <main className="app-main app-main-message">
          <DataError
            error={data.error}
            onRetry={() => void data.retry()}
            onUseAtlasData={view.data ? () => setView({ data: null }, 'replace') : undefined}
          />
        </main>
      ) : spatial.failed ? (
        // The code that filters the link's query or area could not be fetched: said, never a view without it.
        <main className="app-main app-main-message">
          <LazyFailure part="search" error={spatial.failed} />
        </main>
      ) : view.page && pageView(view.page) && meta && data.operations ? (
        <FullPage
          page={view.page}
          meta={meta}
          operations={data.operations}
          lang={lang}
          onExplore={local.adopt}
          onClose={() => setView({ page: null }, 'push')}
        />
      ) : (
        <main className={`app-main${selected && meta ? ' with-details' : ''}`} data-tab={tab}>
          <aside className="side" aria-label={t('filters.title')}>
            {meta && data.operations ? (
              <>
                <ActiveChips
                  filters={view}
                  meta={meta}
                  lang={lang}
                  onChange={(p) => setFilters(p)}
                  nearName={nearName}
                />
                <div className="side-filters">
                  <FilterPanel
                    operations={data.operations}
                    meta={meta}
                    filters={spatial.filters}
                    lang={lang}
                    onChange={setFilters}
                    onZoomToResults={framing.fitAll}
                    resultCount={filtered.length}
                  />
                </div>
                <section className="side-list" aria-label={t('list.heading')}>
                  <h2>{t('list.heading')}</h2>
                  <OperationList
                    operations={filtered}
                    selected={view.op}
                    onSelect={select}
                    distanceFrom={distanceFrom}
                  />
                </section>
              </>
            ) : (
              <p className="loading" role="status">
                {t('app.loading')}
              </p>
            )}
          </aside>
          <section className="center">
            {mapEl}
            {meta && (chartsOpen || tab === 'charts') && (
              <LazyPart part="charts">
                <div className="charts-box">
                  <ChartsPanel
                    before={comparison && <CompareChart a={filtered} b={comparison.b} meta={meta} lang={lang} />}
                    all={data.operations ?? []}
                    operations={filtered}
                    meta={meta}
                    filters={spatial.filters}
                    lang={lang}
                    onChange={setFilters}
                  />
                </div>
              </LazyPart>
            )}
            {timelineEl}
          </section>
          {selected && meta && (
            <aside className="panel-details">
              <LazyPart part="details">
                <OperationDetails
                  operation={selected}
                  meta={meta}
                  onClose={close}
                  withArticleText={!data.dataset}
                  distanceFrom={distanceFrom}
                />
              </LazyPart>
            </aside>
          )}
        </main>
      )}
      <PhoneTabs tab={tab} onTab={setTab} />
      {meta && printReady && (
        <Suspense fallback={null}>
          <PrintView
            operations={filtered}
            meta={meta}
            lang={lang}
            mode={view.layer}
            caption={describeFilters(view, meta, lang, filtered.length, t, nearName)}
            mapImage={printMap}
          />
        </Suspense>
      )}
    </div>
  );
}
