/**
 * Picking on the map, for the controller (controller.ts): the hover tooltip and cursor, a click, and Enter or
 * Space on the focused map, which picks what lies under its centre (a crosshair shows it). Operations, clusters,
 * a tiled dataset's rows, the comparison's points and, on the choropleth, governorates.
 */
import type { OperationFeature } from '../../domain/operation-schema';
import type { LayerMode } from '../../domain/view';
import type { createChoroplethMap } from './choropleth-map';
import type { createCompareMap } from './compare-map';
import type { MapHandlers } from './controller-types';
import { maplibregl } from './maplibre';
import { interactiveLayerIds } from './operation-layers';
import type { createTooltip } from './tooltip';

export interface PointerContext {
  map: maplibregl.Map;
  container: HTMLElement;
  handlers: () => MapHandlers;
  mode: () => LayerMode;
  /** While an area is drawn, clicks draw instead of picking. */
  drawing: () => boolean;
  operation: (id: string) => OperationFeature | undefined;
  tiledPickable: () => string[];
  choropleth: ReturnType<typeof createChoroplethMap>;
  compare: ReturnType<typeof createCompareMap>;
  tooltip: ReturnType<typeof createTooltip>;
  /** The camera is about to move because a person asked (a cluster opened): the move is reported. */
  willMove: () => void;
}

export function attachPointer(ctx: PointerContext): void {
  const { map, container, choropleth, compare, tooltip } = ctx;
  map.on('mousemove', (e) => {
    if (ctx.mode() === 'choropleth') {
      map.getCanvas().style.cursor = choropleth.hover(e.point) ? 'pointer' : '';
      return;
    }
    const hit = visibleHit(e.point);
    const op =
      hit && hit.layer.id.startsWith('tiled-')
        ? ctx.handlers().tiledOperation?.(Number(hit.id))
        : hit && !hit.properties.point_count
          ? ctx.operation(String(hit.properties.id))
          : undefined;
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    tooltip.show(op ?? null, e.point);
  });
  map.on('mouseout', () => {
    tooltip.show(null, { x: 0, y: 0 });
    choropleth.hover(null);
  });
  map.on('click', (e) => {
    if (!ctx.drawing()) void pick(e.point, 6, false);
  });
  // Keyboard: Enter or Space on the focused map picks what lies under its centre (a crosshair shows it).
  map.getCanvas().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    const { width, height } = container.getBoundingClientRect();
    void pick(new maplibregl.Point(width / 2, height / 2), 18, true);
  });

  /**
   * What a click (or Enter) picks: a cluster expands; one operation is selected; several within a few pixels
   * (Deir ez-Zor has several) are offered as a list instead of one picked arbitrarily.
   */
  async function pick(point: maplibregl.Point, radius: number, keyboard: boolean) {
    if (ctx.mode() === 'choropleth') {
      const iso = choropleth.at(point);
      if (iso) ctx.handlers().onGovernorate?.(iso);
      return;
    }
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - radius, point.y - radius],
      [point.x + radius, point.y + radius],
    ];
    const hits = map.queryRenderedFeatures(box, {
      layers: [...interactiveLayerIds(ctx.mode()), ...compare.pickable()],
    });
    const tiledHits = map.queryRenderedFeatures(box, { layers: ctx.tiledPickable() });
    if (tiledHits.length && !hits.length) {
      const rows = [...new Set(tiledHits.map((h) => Number(h.id)))];
      ctx.handlers().onPickRows?.(rows, { x: point.x, y: point.y }, keyboard);
      return;
    }
    const cluster = hits.find((h) => h.properties.point_count);
    const ids = [...new Set(hits.filter((h) => !h.properties.point_count).map((h) => String(h.properties.id)))];
    if (cluster && !ids.length) {
      const source = map.getSource('ops-clustered') as maplibregl.GeoJSONSource;
      let zoom: number;
      try {
        zoom = await source.getClusterExpansionZoom(cluster.properties.cluster_id as number);
      } catch {
        return; // the clusters changed under the click (playback in cluster mode)
      }
      ctx.willMove();
      map.easeTo({ center: (cluster.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
      return;
    }
    if (ids.length === 1) ctx.handlers().onSelect(ids[0]);
    else if (ids.length > 1 || keyboard) ctx.handlers().onChoose(ids, { x: point.x, y: point.y }, keyboard);
  }

  /** The topmost operation or cluster under a point. */
  const visibleHit = (point: maplibregl.PointLike) =>
    map.queryRenderedFeatures(point, {
      layers: [...interactiveLayerIds(ctx.mode()), ...ctx.tiledPickable(), ...compare.pickable()],
    })[0];
}
