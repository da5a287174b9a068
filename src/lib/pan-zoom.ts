/**
 * Pan and zoom for the free map, with d3-zoom: loaded only by a map that pans
 * (an embedded map leaves the wheel to its host page and never loads it).
 */
import { select, zoom, zoomIdentity } from 'd3';
import type { ZoomTransform } from './map.ts';

export interface PanZoom {
  reset(): void;
  stop(): void;
}

export function panZoom(
  surface: Element,
  onzoom: (transform: ZoomTransform) => void,
  maxScale = 12,
): PanZoom {
  const behaviour = zoom<Element, unknown>()
    .scaleExtent([1, maxScale])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { k, x, y } = event.transform;
      onzoom({ k, x, y });
    });
  const selection = select(surface).call(behaviour).on('dblclick.zoom', null);
  return {
    reset: () => selection.call(behaviour.transform, zoomIdentity),
    stop: () => selection.on('.zoom', null),
  };
}
