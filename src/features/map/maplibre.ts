/**
 * The only importer of maplibre-gl: sets the worker URL (the built app 404s on the worker otherwise, see
 * tech-notes) and loads its CSS. Everything else in features/map imports MapLibre from here.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
