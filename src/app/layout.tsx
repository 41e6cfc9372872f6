import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../domain/filter-state';
import { ExportMenu } from '../features/export/export-menu';
import { ActiveChips } from '../features/filters/active-chips';
import { describeFilters } from '../features/filters/describe';
import { FilterPanel } from '../features/filters/filter-panel';
import { LangSwitch } from '../features/language/lang-switch';
import { ThemeSwitch } from '../features/theme/theme-switch';
import { useTheme } from '../features/theme/use-theme';
import { LazyPart } from '../features/lazy/lazy-part';
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
import { ignoredParams } from '../features/url-state/codec';
import { LinkNotice } from '../features/url-state/link-notice';
import { useUrlState } from '../features/url-state/use-url-state';
import { DropZone } from '../features/datasets/drop-zone';
import { AppHeader } from './app-header';
import { EmbedView } from './embed-view';
import { FullPage, pageView } from './full-page';
import { SkipLinks } from './skip-links';
import { MapArea } from './map-area';
import { PhoneTabs, type Tab } from './phone-tabs';
import { useLocalDataset } from './use-local-dataset';
import { useMapFraming } from './use-map-framing';
import { useViewData } from './use-view-data';

const ChartsPanel = lazy(() => import('../features/charts/charts-panel'));
// Shown only with an opened dataset (or a refused one): its code stays out of the start bundle.
const DatasetBanner = lazy(() =>
  import('../features/datasets/dataset-banner').then((m) => ({ default: m.DatasetBanner })),
);
const PrintView = lazy(() => import('./print-view').then((m) => ({ default: m.PrintView })));
// Loaded on the first selection (or with `op=` at start), together with the article evidence it shows.
const OperationDetails = lazy(() => import('../features/operations/operation-details'));

/** The page: header, filters and list (inline start), map, charts and timeline, details (inline end). */
export function Layout() {
  const { t } = useTranslation();
  const [view, setView] = useUrlState();
  const lang = useLanguage(view.lang);
  const [theme, setTheme] = useTheme();
  const local = useLocalDataset(useCallback(() => setView({ op: null, data: null, page: null }, 'push'), [setView]));
  const data = useAtlasData(view.data, local.dataset);
  const { filtered, untimed } = useViewData(data.operations, view);
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
  // What the opening link had that could not be used: told once, never fatal.
  const [ignored] = useState(() => ignoredParams(window.location.search));
  const [missingOp, setMissingOp] = useState<string | null>(null);
  const unknownOp = view.op && data.operations && !selected ? view.op : null;
  // What cannot be used is told once and dropped from the address, so it never lingers in later links.
  useEffect(() => {
    if (ignored.length) setView({}, 'replace');
  }, [ignored, setView]);
  if (unknownOp && missingOp !== unknownOp) setMissingOp(unknownOp);
  useEffect(() => {
    if (unknownOp) setView({ op: null }, 'replace');
  }, [unknownOp, setView]);
  const axis = useTimeAxis(untimed, meta);
  const playback = usePlayback(
    axis,
    view,
    useCallback((patch: TimePatch) => setView(patch, 'replace'), [setView]),
  );
  // The print view's code loads once the page is idle, so that printing (which must render at once) finds it.
  const [printReady, setPrintReady] = useState(false);
  useEffect(() => {
    const ready = () => setPrintReady(true);
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(ready, 2000);
      return () => window.clearTimeout(timer);
    }
    const id = window.requestIdleCallback(ready, { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }, []);
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
      >
        <CopyLink />
        <EmbedButton />
        <DropZone onFile={local.open} />
        {meta && (
          <ExportMenu
            operations={filtered}
            meta={meta}
            filters={view}
            lang={lang}
            caption={describeFilters(view, meta, lang, filtered.length, t)}
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
      {(data.dataset || local.failure) && (
        <Suspense fallback={null}>
          <DatasetBanner
            dataset={data.dataset}
            failure={local.failure}
            lang={lang}
            onReset={() => {
              local.reset();
              setView({ data: null, op: null }, 'push');
            }}
          />
        </Suspense>
      )}
      <OfflineStatus />
      <LinkNotice ignored={ignored} missingOp={missingOp} />
      {data.error ? (
        <main className="app-main app-main-message">
          <DataError
            error={data.error}
            onRetry={() => void data.retry()}
            onUseAtlasData={view.data ? () => setView({ data: null }, 'replace') : undefined}
          />
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
                <ActiveChips filters={view} meta={meta} lang={lang} onChange={(p) => setFilters(p)} />
                <div className="side-filters">
                  <FilterPanel
                    operations={data.operations}
                    meta={meta}
                    filters={view}
                    lang={lang}
                    onChange={setFilters}
                    onZoomToResults={framing.fitAll}
                    resultCount={filtered.length}
                  />
                </div>
                <section className="side-list" aria-label={t('list.heading')}>
                  <h2>{t('list.heading')}</h2>
                  <OperationList operations={filtered} selected={view.op} onSelect={select} />
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
                    all={data.operations ?? []}
                    operations={filtered}
                    meta={meta}
                    filters={view}
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
                <OperationDetails operation={selected} meta={meta} onClose={close} withArticleText={!data.dataset} />
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
            caption={describeFilters(view, meta, lang, filtered.length, t)}
            mapImage={printMap}
          />
        </Suspense>
      )}
    </div>
  );
}
