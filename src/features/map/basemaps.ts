/**
 * The basemaps on offer. `embedded` is drawn from our own GeoJSON and needs no network; the others are optional
 * online raster layers, requested only once chosen. Add one here and it appears in the switcher and in `base=`.
 */
import type { Label } from '../../domain/meta-schema';

export interface OnlineBasemap {
  id: string;
  label: Label;
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  attribution: string;
}

export const EMBEDDED_BASEMAP = { id: 'embedded', label: { en: 'Embedded (offline)', ar: 'المدمجة (دون اتصال)' } };

export const ONLINE_BASEMAPS: OnlineBasemap[] = [
  {
    id: 'osm',
    label: { en: 'OpenStreetMap streets', ar: 'شوارع OpenStreetMap' },
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© OpenStreetMap contributors',
  },
  {
    id: 'satellite',
    label: { en: 'Satellite imagery (Esri)', ar: 'صور فضائية (Esri)' },
    tiles: ['https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}'],
    tileSize: 256,
    maxzoom: 18,
    attribution: 'Imagery © Esri, Maxar, Earthstar Geographics',
  },
];

export const BASEMAP_IDS = [EMBEDDED_BASEMAP.id, ...ONLINE_BASEMAPS.map((b) => b.id)];
