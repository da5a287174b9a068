/** Point-in-neighborhood lookups on the Mapping L.A. boundaries (pure, no DOM). */
import { geoBounds, geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type Props = Record<string, unknown>;
type Area<P extends Props> = Feature<MultiPolygon | Polygon, P>;

const boundsCache = new WeakMap<Area<Props>, [[number, number], [number, number]]>();

function boundsOf(area: Area<Props>) {
  let bounds = boundsCache.get(area);
  if (!bounds) {
    bounds = geoBounds(area);
    boundsCache.set(area, bounds);
  }
  return bounds;
}

/**
 * The properties of every area that contains the point [longitude, latitude].
 * A well-formed partition returns exactly one; zero or several mean the point or
 * the boundaries need a look.
 */
export function placePoint<P extends Props>(
  areas: FeatureCollection<MultiPolygon | Polygon, P>,
  point: [number, number],
): P[] {
  const [lon, lat] = point;
  return areas.features
    .filter((area) => {
      const [[west, south], [east, north]] = boundsOf(area);
      return lon >= west && lon <= east && lat >= south && lat <= north && geoContains(area, point);
    })
    .map((area) => area.properties);
}
