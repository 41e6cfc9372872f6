import { useEffect, useRef, useState } from 'react';
import { MapFailure } from './map-failure';
import arabic from '@fontsource-files/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latin from '@fontsource-files/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type { Camera, Lang, LayerMode } from '../../domain/view';
import { createMapController, type MapController, type MapHandlers } from './controller';
import type { TimeRange } from './map-data';
import type { MapLocale } from './map-locale';
import type { Theme } from './style';
import { NO_SHAPES, type SpatialShapes } from './spatial-layers';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { TiledMapSpec } from './tiled-sync';
import type { ChoroplethView } from './choropleth-map';
import type { PeriodRow } from '../../domain/compare';

/** A tiled dataset on the map: its archive, the view's filter as a layer filter, and picking by row. */
export interface TiledMapProps {
  tiled?: TiledMapSpec;
  tiledFilter?: FilterSpecification;
  onPickRows?: MapHandlers['onPickRows'];
  tiledOperation?: MapHandlers['tiledOperation'];
}

interface Props extends Omit<MapHandlers, 'onFailure'>, TiledMapProps {
  /** Operations matching every filter except time. */
  operations: OperationFeature[];
  time: TimeRange;
  precisions: Taxonomy['location_precisions'] | undefined;
  lang: Lang;
  /** MapLibre's UI strings and the scale units in `lang`. */
  locale: MapLocale;
  theme: Theme;
  camera: Camera | null;
  selected: string | null;
  mode: LayerMode;
  basemap: string;
  label: string;
  /** Time-slice sources for points (see operations-sync); false only for the benchmark's naive baseline. */
  timeSlices?: boolean;
  /** The area's outline and the radius circle (closed rings). */
  shapes?: SpatialShapes;
  /** Receives the controller once created (and null on unmount), e.g. for exporting the map image. */
  controllerRef?: { current: MapController | null };
  /** The governorate choropleth's colours and tooltip words (`layer=choropleth`), else null. */
  choropleth?: ChoroplethView | null;
  /** Comparing two periods: A ∪ B with each operation's period, else null. */
  compare?: readonly PeriodRow[] | null;
}

const absolute = (url: string) => new URL(url, window.location.href).href;

/** The thin React view over the map controller: one effect creates it, one small effect per input feeds it. */
export function MapView(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef({ ...props, cameraKey: '' });
  const mounted = useRef(false);
  useEffect(() => {
    const c = props.camera;
    latest.current = { ...props, cameraKey: c ? `${c.zoom}/${c.lat}/${c.lon}` : '' };
  });

  const [failure, setFailure] = useState<'webgl' | 'worker' | null>(null);
  useEffect(() => {
    const p = latest.current;
    let c: MapController;
    try {
      c = createMapController(
        container.current!,
        {
          lang: p.lang,
          locale: p.locale,
          theme: p.theme,
          mode: p.mode,
          camera: p.camera,
          dataUrl: absolute(`${import.meta.env.BASE_URL}data/`),
          fonts: { latin: absolute(latin), arabic: absolute(arabic) },
          timeSlices: p.timeSlices ?? true,
        },
        () => ({ ...latest.current, onFailure: setFailure }),
      );
    } catch {
      // MapLibre throws when WebGL cannot start; the rest of the page works without the map.
      queueMicrotask(() => setFailure('webgl'));
      return;
    }
    controller.current = c;
    if (latest.current.controllerRef) latest.current.controllerRef.current = c;
    return () => {
      c.destroy();
      controller.current = null;
      if (latest.current.controllerRef) latest.current.controllerRef.current = null;
    };
  }, []);

  const { operations, precisions, lang, camera, selected, mode, basemap, time } = props;
  const { from, to, years } = time;
  // Effects depend on values, not on the objects the URL parser makes anew on every change.
  const cameraKey = camera ? `${camera.zoom}/${camera.lat}/${camera.lon}` : '';
  const appliedCamera = useRef(cameraKey);
  useEffect(() => {
    if (precisions) controller.current?.setOperations(operations, precisions);
  }, [operations, precisions]);
  useEffect(() => {
    // Fly to a selection made after the first render, or to one in a link that has no camera of its own; never
    // when the camera changes in the same step (Back/Forward restores both: the camera wins).
    const cameraChanged = appliedCamera.current !== latest.current.cameraKey;
    const fly = mounted.current ? !cameraChanged : !latest.current.camera;
    mounted.current = true;
    controller.current?.setSelected(selected, fly);
  }, [selected]);
  useEffect(() => controller.current?.setTime({ from, to, years }), [from, to, years]);
  useEffect(() => {
    appliedCamera.current = cameraKey;
    controller.current?.setView(latest.current.camera);
  }, [cameraKey]);
  useEffect(() => controller.current?.setLanguage(lang), [lang]);
  useEffect(() => controller.current?.setTheme(props.theme), [props.theme]);
  const localeKey = JSON.stringify(props.locale);
  useEffect(() => controller.current?.setLocale(JSON.parse(localeKey) as MapLocale), [localeKey]);
  useEffect(() => controller.current?.setBasemap(basemap), [basemap]);
  useEffect(() => controller.current?.setLayerMode(mode), [mode]);
  const choropleth = props.choropleth ?? null;
  useEffect(() => controller.current?.setChoropleth(choropleth), [choropleth]);
  const compare = props.compare ?? null;
  useEffect(() => controller.current?.setCompare(compare), [compare]);
  const tiledKey = props.tiled ? JSON.stringify(props.tiled) : '';
  useEffect(() => {
    if (tiledKey) controller.current?.setTiled(JSON.parse(tiledKey) as TiledMapSpec);
  }, [tiledKey]);
  const tiledFilterKey = props.tiledFilter ? JSON.stringify(props.tiledFilter) : '';
  useEffect(() => {
    if (tiledFilterKey) controller.current?.setTiledFilter(JSON.parse(tiledFilterKey) as FilterSpecification);
  }, [tiledFilterKey]);
  const shapesKey = JSON.stringify(props.shapes ?? NO_SHAPES);
  useEffect(() => controller.current?.setShapes(JSON.parse(shapesKey) as SpatialShapes), [shapesKey]);

  return (
    <>
      <div ref={container} className="map" data-testid="map" role="region" aria-label={props.label} />
      {failure && <MapFailure reason={failure} />}
    </>
  );
}
