/**
 * The only importer of maplibre-gl: sets the worker URL (the built app 404s on the worker otherwise, see
 * tech-notes), starts MapLibre's worker, and loads its CSS. Everything else in features/map imports MapLibre from
 * here.
 *
 * `prewarm()` starts the worker as soon as this chunk runs (it is preloaded at start), while React renders the
 * page, instead of when the map is created: its script is asked for ~0.5 s sooner, and the worker is ready to
 * fetch the basemap's sources once the style is set. Same-hour A/B, 14 cold loads each: first map idle
 * 1626 → 1518 ms (median).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
// Not where there are no workers at all (unit tests under Node import this module through the map's helpers).
if (typeof Worker !== 'undefined') maplibregl.prewarm();

export { maplibregl };
