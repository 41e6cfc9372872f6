/**
 * Drawing and editing the area with terra-draw and its MapLibre adapter. This module (and terra-draw with it)
 * is imported only when a person starts drawing (controller.drawArea), so the page never loads it otherwise.
 * A rectangle is drawn by dragging or by two clicks; a polygon by clicks, finished on its first point or with
 * Enter; editing drags the corners (and, for a polygon, adds points on the edges' midpoints).
 */
import {
  TerraDraw,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LonLat } from '../../domain/spatial';
import type { maplibregl } from './maplibre';

export type DrawKind = 'rectangle' | 'polygon' | 'edit';

export interface DrawnArea {
  /** The outline as drawn (closed ring). */
  ring: LonLat[];
  /** Drawn (or still) a rectangle. */
  rectangle: boolean;
}

export interface DrawOptions {
  kind: DrawKind;
  /** The area being edited (kind `edit`). */
  initial: DrawnArea | null;
  /** A finished drawing, or an edit (each drag of a corner). */
  onArea: (area: DrawnArea) => void;
}

const COLOR = '#6a3d9a';
const styles = { fillColor: COLOR, outlineColor: COLOR, outlineWidth: 2, fillOpacity: 0.1 } as const;

/** Starts drawing on the map; the returned function ends it (and removes terra-draw's layers). */
export function startAreaDraw(map: maplibregl.Map, { kind, initial, onArea }: DrawOptions): () => void {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 6 }),
    modes: [
      new TerraDrawRectangleMode({ drawInteraction: 'click-move-or-drag', styles }),
      new TerraDrawPolygonMode({ styles, pointerDistance: 20 }),
      new TerraDrawSelectMode({
        flags: {
          rectangle: { feature: { draggable: true, coordinates: { resizable: 'opposite' } } },
          polygon: { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } } },
        },
      }),
    ],
  });
  draw.start();
  const report = (f: GeoJSONStoreFeatures | undefined) => {
    if (f?.geometry.type !== 'Polygon') return;
    onArea({ ring: f.geometry.coordinates[0] as LonLat[], rectangle: f.properties.mode === 'rectangle' });
  };
  draw.on('finish', (id, context) => {
    const feature = draw.getSnapshotFeature(id);
    report(feature);
    // A new drawing ends the session (the outline is then drawn by the controller); an edit continues.
    if (context.action === 'draw') draw.removeFeatures([id]);
  });
  if (kind === 'edit' && initial) {
    const id = crypto.randomUUID();
    const [result] = draw.addFeatures([
      {
        id,
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [initial.ring] },
        properties: { mode: initial.rectangle ? 'rectangle' : 'polygon' },
      },
    ]);
    if (result?.valid) draw.selectFeature(id);
  } else draw.setMode(kind === 'polygon' ? 'polygon' : 'rectangle');
  return () => {
    draw.stop();
  };
}
