/**
 * The campus map's geometry (pure, no DOM): a projection fitted to the
 * campuses, the zoom that frames a set of campuses, markers nudged apart so
 * none hides another, and a scale bar in round miles.
 */
import {
  forceCollide,
  forceSimulation,
  forceX,
  forceY,
  geoDistance,
  geoTransform,
  type GeoStreamWrapper,
  type SimulationNodeDatum,
} from 'd3';

export type LonLat = [number, number];

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** A projection fitted to a box: lon/lat to px and back, and a stream for d3's geoPath. */
export interface FittedProjection extends GeoStreamWrapper {
  (point: LonLat): [number, number];
  invert(point: [number, number]): LonLat;
  /** The transform that takes the land's coordinates (`LAND`) into this box. */
  onLand: ZoomTransform;
}

const RADIANS = Math.PI / 180;
/** The least span fitted, in radians of Mercator's plane (about 6 km at Los Angeles). */
const MIN_SPAN = 0.001;

/** Mercator's plane, y growing southward as on screen (d3's geoMercator before its scale). */
function mercator([lon, lat]: LonLat): [number, number] {
  return [lon * RADIANS, -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2))];
}

/**
 * The land's own coordinates, whatever the size of a map: Mercator's plane in
 * millionths of a radian (about 6 m at Los Angeles) from a point in the middle
 * of the county. Its borders are drawn once on it and each map places them by
 * one transform (`onLand`). Small numbers near zero, for SVG draws in 32-bit floats.
 */
const LAND_SCALE = 1e6;
const LAND_ORIGIN = mercator([-118.25, 34.05]);

export const LAND: GeoStreamWrapper = geoTransform({
  point(lon, lat) {
    const [x, y] = mercator([lon, lat]);
    this.stream.point((x - LAND_ORIGIN[0]) * LAND_SCALE, (y - LAND_ORIGIN[1]) * LAND_SCALE);
  },
});

/**
 * A Mercator projection fitted so that every point sits inside the box less
 * `padding`: d3's geoMercator().fitExtent(), drawn without its sphere. Across
 * one county nothing crosses the antimeridian and no border bends enough to
 * need resampling (a test checks every border against d3's own), so this is a
 * scale and a shift of Mercator's plane, and the map ships a third of d3-geo.
 */
export function fitProjection(
  points: readonly LonLat[],
  width: number,
  height: number,
  padding: number,
): FittedProjection {
  if (points.length === 0) throw new Error('fitProjection needs at least one point');
  const pad = Math.min(padding, width / 4, height / 4);
  const plane = points.map(mercator);
  const xs = plane.map((p) => p[0]);
  const ys = plane.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One place (or several at one address) still gets a finite scale: about 6 km across.
  const span = (d: number) => Math.max(d, MIN_SPAN);
  const k = Math.min((width - 2 * pad) / span(x1 - x0), (height - 2 * pad) / span(y1 - y0));
  const tx = width / 2 - (k * (x0 + x1)) / 2;
  const ty = height / 2 - (k * (y0 + y1)) / 2;
  const project = (point: LonLat): [number, number] => {
    const [x, y] = mercator(point);
    return [tx + k * x, ty + k * y];
  };
  const { stream } = geoTransform({
    point(lon, lat) {
      this.stream.point(...project([lon, lat]));
    },
  });
  return Object.assign(project, {
    stream,
    onLand: {
      k: k / LAND_SCALE,
      x: tx + k * LAND_ORIGIN[0],
      y: ty + k * LAND_ORIGIN[1],
    },
    invert: ([x, y]: [number, number]): LonLat => [
      (x - tx) / k / RADIANS,
      (2 * Math.atan(Math.exp(-(y - ty) / k)) - Math.PI / 2) / RADIANS,
    ],
  });
}

/**
 * The zoom that frames `points` (already projected, in px) inside the box less
 * `padding`, never zooming out past the whole fit (k ≥ 1) nor in so far that
 * the frame spans less than `minSpan` px of the unzoomed map.
 */
export function frame(
  points: readonly [number, number][],
  width: number,
  height: number,
  padding: number,
  minSpan: number,
  maxK = 16,
): ZoomTransform {
  if (points.length === 0) return IDENTITY;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(x1 - x0, minSpan);
  const spanY = Math.max(y1 - y0, minSpan);
  const k = Math.min(
    Math.max(Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY), 1),
    maxK,
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
}

export function apply(t: ZoomTransform, [x, y]: [number, number]): [number, number] {
  return [t.x + t.k * x, t.y + t.k * y];
}

export interface Marker {
  id: string;
  x: number;
  y: number;
}

export interface PlacedMarker extends Marker {
  /** Where the marker's place really is; differs from (x, y) when it was nudged. */
  anchorX: number;
  anchorY: number;
}

/**
 * Nudges markers apart until no two centres are closer than `spacing`, each
 * pulled back toward its true place (d3-force: collision plus anchoring).
 * The simulation stops as soon as no two markers crowd each other (a few
 * ticks, not the hundreds a full cool-down takes: the map runs this at every
 * step and every zoom). Deterministic for the same input.
 */
export function dodge(markers: readonly Marker[], spacing: number): PlacedMarker[] {
  type Node = SimulationNodeDatum & { id: string; anchorX: number; anchorY: number };
  // Markers at the very same point are fanned out on a small circle first, in a stable order.
  const seen = new Map<string, number>();
  const nodes: Node[] = markers.map((m) => {
    const key = `${m.x.toFixed(1)},${m.y.toFixed(1)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const angle = n * 2.399963; // golden angle
    const r = n === 0 ? 0 : spacing * 0.5;
    return {
      id: m.id,
      anchorX: m.x,
      anchorY: m.y,
      x: m.x + r * Math.cos(angle),
      y: m.y + r * Math.sin(angle),
    };
  });
  const simulation = forceSimulation(nodes)
    .force('x', forceX<Node>((d) => d.anchorX).strength(0.08))
    .force('y', forceY<Node>((d) => d.anchorY).strength(0.08))
    .force('collide', forceCollide<Node>(spacing / 2 + 0.5).iterations(4))
    .stop();
  for (let tick = 0; tick < MAX_TICKS && crowded(nodes, spacing - 0.5); tick++) simulation.tick();
  return nodes.map((n) => ({ id: n.id, x: n.x!, y: n.y!, anchorX: n.anchorX, anchorY: n.anchorY }));
}

const MAX_TICKS = 160;

/** Whether any two points are closer than `distance` (a few dozen markers: every pair is cheap). */
function crowded(points: readonly SimulationNodeDatum[], distance: number): boolean {
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (Math.hypot(points[i]!.x! - points[j]!.x!, points[i]!.y! - points[j]!.y!) < distance)
        return true;
  return false;
}

/** A scale bar of a round number of miles, as close to `target` px as the steps allow. */
export function scaleBar(
  projection: FittedProjection,
  k: number,
  at: [number, number],
  target: number,
): { miles: number; px: number } {
  const a = projection.invert(at);
  const b = projection.invert([at[0] + 100 / k, at[1]]);
  const EARTH_RADIUS_MILES = 3958.8;
  const milesPer100px = geoDistance(a, b) * EARTH_RADIUS_MILES;
  const steps = [0.25, 0.5, 1, 2, 5, 10, 20, 50];
  const miles = steps.reduce((best, s) =>
    Math.abs((s / milesPer100px) * 100 - target) < Math.abs((best / milesPer100px) * 100 - target)
      ? s
      : best,
  );
  return { miles, px: (miles / milesPer100px) * 100 };
}

/** North to south, then west to east: the order a reader's eye (and the Tab key) moves in. */
export function geographicOrder<T extends { latitude: number; longitude: number }>(
  places: readonly T[],
): T[] {
  return [...places].sort((a, b) => b.latitude - a.latitude || a.longitude - b.longitude);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Box<R extends Rect = Rect> {
  id: string;
  priority?: number;
  /** Where the box may go, best first. */
  places: readonly R[];
}

/**
 * Places the boxes (labels) that fit: in priority order, each at the first of
 * its places that stays inside [0, width] × [0, height] and overlaps no box
 * already placed nor any of the `obstacles` (markers); a box with no such
 * place is left out. Returns the place chosen for each box shown, by id.
 */
export function keepBoxes<R extends Rect>(
  boxes: readonly Box<R>[],
  width: number,
  height: number,
  obstacles: readonly Rect[] = [],
): Map<string, R> {
  const placed: Rect[] = [...obstacles];
  const kept = new Map<string, R>();
  const meets = (a: Rect, b: Rect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const fits = (r: Rect) =>
    r.x >= 0 &&
    r.y >= 0 &&
    r.x + r.width <= width &&
    r.y + r.height <= height &&
    !placed.some((other) => meets(r, other));
  const order = [...boxes].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  for (const box of order) {
    const place = box.places.find(fits);
    if (!place) continue;
    placed.push(place);
    kept.set(box.id, place);
  }
  return kept;
}
