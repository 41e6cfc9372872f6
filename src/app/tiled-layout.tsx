/**
 * The page for a tiled dataset (`data=…/manifest.json`), loaded only when one is opened: the same header,
 * filters, list, map, timeline and details as the small dataset's layout, fed by the dataset's worker
 * (counts, facets, histogram), its record chunks (list, details) and its PMTiles archive (map).
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../domain/filter-state';
import { formatNumber } from '../domain/format';
import type { OperationFeature } from '../domain/operation-schema';
import { ActiveChips } from '../features/filters/active-chips';
import { describeFilters } from '../features/filters/describe';
import { FilterPanel } from '../features/filters/filter-panel';
import { LangSwitch } from '../features/language/lang-switch';
import { useLanguage } from '../features/language/use-language';
import { LazyPart } from '../features/lazy/lazy-part';
import type { MapController } from '../features/map/controller';
import { tiledFilter } from '../features/map/tiled-layers';
import { metaQuery } from '../features/operations/queries';
import { CopyLink } from '../features/share/copy-link';
import { placeName } from '../features/spatial/near-controls';
import { useSpatial } from '../features/spatial/use-spatial';
import { ThemeSwitch } from '../features/theme/theme-switch';
import { useTheme } from '../features/theme/use-theme';
import { openTiled } from '../features/tiled/tiled-client';
import { TiledBanner, TiledNotice } from '../features/tiled/tiled-banner';
import { TiledExportMenu } from '../features/tiled/tiled-export-menu';
import { TiledList } from '../features/tiled/tiled-list';
import { recordStore } from '../features/tiled/records';
import { tiledAxis, useTiledQuery } from '../features/tiled/use-tiled-query';
import { PlaybackCaption } from '../features/timeline/playback-caption';
import { Timeline } from '../features/timeline/timeline';
import { usePlayback, type TimePatch } from '../features/timeline/use-playback';
import type { TimeAxis } from '../features/timeline/use-time-axis';
import { LinkNotice } from '../features/url-state/link-notice';
import { useUrlState } from '../features/url-state/use-url-state';
import { AppHeader } from './app-header';
import { EmbedView } from './embed-view';
import { MapArea } from './map-area';
import { PhoneTabs, type Tab } from './phone-tabs';
import { useMapFraming } from './use-map-framing';

const OperationDetails = lazy(() => import('../features/operations/operation-details'));

/** Above this many matches the map does not narrow by the search (a layer filter listing the rows). */
const MAP_SEARCH_MAX = 20_000;
const NO_OPS: OperationFeature[] = [];
const NO_ROWS = new Uint32Array(0);

export default function TiledLayout() {
  const { t } = useTranslation();
  const [view, setView] = useUrlState();
  const lang = useLanguage(view.lang);
  const [theme, setTheme] = useTheme();
  const meta = useQuery(metaQuery()).data;
  const spatial = useSpatial(view);
  const path = view.data!;
  // Keyed by the path: meta.json only lends the labels for search (the same for every dataset).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const opened = useQuery({
    queryKey: ['tiled', path],
    queryFn: () => openTiled(path, meta!),
    enabled: !!meta,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const ds = opened.data ?? null;
  useEffect(() => () => ds?.close(), [ds]);
  const store = useMemo(() => (ds ? recordStore(ds) : null), [ds]);
  const axis = useMemo(() => (ds ? tiledAxis(ds.years) : null), [ds]);
  const { answer, bins, error: queryError } = useTiledQuery(ds, spatial.filters, axis);
  const rows = answer?.rows ?? null;
  const timeAxis = useMemo<TimeAxis>(
    () => ({ extent: axis?.extent ?? { from: '2014-01-01', to: '2026-12-31' }, bin: axis?.bin ?? 'month', bins }),
    [axis, bins],
  );
  const playback = usePlayback(
    timeAxis,
    view,
    useCallback((patch: TimePatch) => setView(patch, 'replace'), [setView]),
  );
  const [tab, setTab] = useState<Tab>('map');
  const mapRef = useRef<MapController | null>(null);
  const mapArea = useRef<HTMLElement>(null);
  const setFilters = useCallback(
    (patch: Partial<Filters>, mode: 'push' | 'replace' = 'push') => setView(patch, mode),
    [setView],
  );
  const select = useCallback((id: string) => setView({ op: id }, 'push'), [setView]);
  const close = useCallback(() => setView({ op: null }, 'push'), [setView]);

  // The selected operation: its row from the worker, its record from its chunk.
  const [selected, setSelected] = useState<OperationFeature | null>(null);
  const [missingOp, setMissingOp] = useState<string | null>(null);
  useEffect(() => {
    if (!view.op || !ds || !store) return;
    let live = true;
    void ds.call<'rowOf'>({ kind: 'rowOf', opId: view.op }).then(async ({ row }) => {
      if (!live) return;
      if (row < 0) {
        setMissingOp(view.op);
        setView({ op: null }, 'replace');
        return;
      }
      const op = await store.get(row);
      if (live) setSelected(op);
    });
    return () => {
      live = false;
    };
  }, [view.op, ds, store, setView]);
  const shown = view.op && selected?.id === view.op ? selected : null;
  const onMap = useMemo(() => (shown ? [shown] : NO_OPS), [shown]);
  const framing = useMapFraming(mapArea, mapRef, onMap, view, playback.playing);

  const searchRows = answer && view.q.trim() ? answer.rows : null;
  const mapSearchCut = !!searchRows && searchRows.length > MAP_SEARCH_MAX;
  const filter = useMemo(
    () => tiledFilter(spatial.filters, searchRows && !mapSearchCut ? Array.from(searchRows) : null),
    [spatial.filters, searchRows, mapSearchCut],
  );
  const tiled = useMemo(
    () =>
      ds && store && meta
        ? {
            tiled: {
              url: ds.base + ds.manifest.files.tiles,
              layer: ds.manifest.tiles.layer,
              precisions: meta.taxonomy.location_precisions,
              dense: true,
              bounds: ds.manifest.bounds,
            },
            tiledFilter: filter,
            tiledOperation: (row: number) => store.peek(row),
            resolve: (picked: number[]) => Promise.all(picked.map((r) => store.get(r))),
          }
        : undefined,
    [ds, store, meta, filter],
  );
  const nearName = spatial.place ? placeName(spatial.place, lang) : undefined;
  const count = rows ? rows.length : null;
  const caption = meta ? describeFilters(view, meta, lang, count ?? 0, t) : '';

  const mapEl = (
    <MapArea
      meta={meta}
      untimed={onMap}
      operations={onMap}
      view={view}
      lang={lang}
      setView={setView}
      onSelect={select}
      controllerRef={mapRef}
      compact={view.charts || !!shown}
      caption={meta && <PlaybackCaption playback={playback} bin={timeAxis.bin} lang={lang} />}
      area={mapArea}
      theme={theme}
      padding={framing.padding}
      onFitAll={framing.fitAll}
      near={spatial.filters.near ?? null}
      nearPlace={spatial.place}
      tiled={tiled ?? null}
    />
  );
  const timelineEl = meta && ds && (
    <Timeline
      operations={NO_OPS}
      meta={meta}
      filters={view}
      lang={lang}
      onChange={setFilters}
      axis={timeAxis}
      playback={playback}
    />
  );
  if (view.embed)
    return (
      <EmbedView count={count} lang={lang}>
        {mapEl}
        {timelineEl}
      </EmbedView>
    );

  return (
    <div className="app" dir={lang === 'ar' ? 'rtl' : 'ltr'} data-testid="app-root">
      <AppHeader
        count={count}
        chartsOpen={view.charts}
        onCharts={() => setView({ charts: !view.charts }, 'push')}
        primary={<LangSwitch onSwitch={(l) => setView({ lang: l }, 'push')} />}
      >
        <CopyLink />
        {ds && store && meta && (
          <TiledExportMenu
            ds={ds}
            store={store}
            rows={rows}
            meta={meta}
            filters={spatial.filters}
            lang={lang}
            caption={caption}
            mapImage={() => mapRef.current?.snapshot()}
          />
        )}
        <ThemeSwitch theme={theme} onChange={setTheme} />
      </AppHeader>
      <TiledBanner
        ds={ds}
        error={opened.error}
        lang={lang}
        queryMs={answer?.ms}
        onBack={() => setView({ data: null, op: null }, 'push')}
      />
      <LinkNotice ignored={[]} missingOp={missingOp} missingPlace={spatial.missing} />
      {(view.vs || view.page) && <TiledNotice text={t('tiled.unsupported')} />}
      {queryError && (
        <p className="notice" role="alert" data-testid="tiled-query-error">
          {t('tiled.queryFailed', { detail: queryError.message })}
        </p>
      )}
      <main className={`app-main${shown && meta ? ' with-details' : ''}`} data-tab={tab}>
        <aside className="side" aria-label={t('filters.title')}>
          {meta && answer && store ? (
            <>
              <ActiveChips filters={view} meta={meta} lang={lang} onChange={(p) => setFilters(p)} nearName={nearName} />
              <div className="side-filters">
                <FilterPanel
                  operations={NO_OPS}
                  facets={answer.facets}
                  meta={meta}
                  filters={spatial.filters}
                  lang={lang}
                  onChange={setFilters}
                  resultCount={count ?? 0}
                />
                <TiledNotice text={t('tiled.searchNote')} />
              </div>
              <section className="side-list" aria-label={t('list.heading')}>
                <h2>{t('list.heading')}</h2>
                <TiledList rows={rows ?? NO_ROWS} store={store} selected={view.op} onSelect={select} />
              </section>
            </>
          ) : (
            <p className="loading" role="status">
              {t('tiled.opening')}
            </p>
          )}
        </aside>
        <section className="center">
          {(view.layer === 'clusters' || view.layer === 'choropleth') && <TiledNotice text={t('tiled.modeNote')} />}
          {mapSearchCut && (
            <TiledNotice text={t('tiled.mapSearchLimit', { max: formatNumber(MAP_SEARCH_MAX, lang) })} />
          )}
          {mapEl}
          {meta && (view.charts || tab === 'charts') && (
            <div className="charts-box" data-testid="charts">
              <TiledNotice text={t('tiled.chartsNote')} />
            </div>
          )}
          {timelineEl}
        </section>
        {shown && meta && (
          <aside className="panel-details">
            <LazyPart part="details">
              <OperationDetails operation={shown} meta={meta} onClose={close} withArticleText={false} />
            </LazyPart>
          </aside>
        )}
      </main>
      <PhoneTabs tab={tab} onTab={setTab} />
    </div>
  );
}
