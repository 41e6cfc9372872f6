/**
 * Shows an online raster basemap under the atlas's own layers, or removes it (null): for the controller. The
 * embedded land is hidden under a raster and shown again without one.
 */
import type { OnlineBasemap } from './basemaps';
import type { maplibregl } from './maplibre';

export function showOnlineBasemap(map: maplibregl.Map, online: OnlineBasemap | null): void {
  if (map.getLayer('online-basemap')) map.removeLayer('online-basemap');
  if (map.getSource('online')) map.removeSource('online');
  if (online) {
    const { tiles, tileSize, maxzoom, attribution } = online;
    map.addSource('online', { type: 'raster', tiles, tileSize, maxzoom, attribution });
    map.addLayer({ id: 'online-basemap', type: 'raster', source: 'online' }, 'countries-fill');
  }
  map.setPaintProperty('countries-fill', 'fill-opacity', online ? 0 : 1);
}
