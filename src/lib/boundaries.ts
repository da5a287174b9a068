/**
 * Loads the neighborhood boundaries once, when a map first needs them, and
 * draws them once as the land: SVG paths on the land's own coordinates
 * (`LAND`), which every map on the page places with one transform, whatever
 * its size. A failed load rejects with a readable error; the map then
 * carries on without its base layer.
 */
import { geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { LAND } from './map.ts';

export interface NeighborhoodProperties {
  name: string;
  slug: string;
  region: string;
}

export interface RegionProperties {
  name: string;
  slug: string;
}

export interface Boundaries {
  neighborhoods: Feature<MultiPolygon, NeighborhoodProperties>[];
  regions: Feature<MultiPolygon, RegionProperties>[];
}

type BoundaryTopology = Topology<{
  neighborhoods: GeometryCollection<NeighborhoodProperties>;
  regions: GeometryCollection<RegionProperties>;
}>;

export function boundariesFromTopology(topology: BoundaryTopology): Boundaries {
  const neighborhoods = feature(topology, topology.objects.neighborhoods) as FeatureCollection<
    MultiPolygon,
    NeighborhoodProperties
  >;
  const regions = feature(topology, topology.objects.regions) as FeatureCollection<
    MultiPolygon,
    RegionProperties
  >;
  return { neighborhoods: neighborhoods.features, regions: regions.features };
}

/** An area drawn on the land's coordinates: `d` is an SVG path, drawn when first read. */
export interface LandPath<P> {
  properties: P;
  readonly d: string;
}

export interface Land {
  /** Each neighborhood's outline, drawn when first read: a map fills only those that hold a campus. */
  neighborhoods: LandPath<NeighborhoodProperties>[];
  regions: LandPath<RegionProperties>[];
  /**
   * Every line between neighborhoods, and the land's edge, once (two neighbors
   * share one), split over a few paths that join the page one at a time.
   */
  borders: string[];
}

/** A tenth of a unit (about 0.6 m) is finer than any zoom shows. */
const drawOnLand = geoPath(LAND).digits(1);

/**
 * How many paths the borders are split into. One path of every border was a
 * long task on a slow phone; a path per neighborhood drew each shared border
 * twice, in 272 elements that a new frame laid out and painted one by one.
 */
export const BORDER_PATHS = 8;

/** How long one slice of drawing may run before the browser gets a turn, in ms. */
const SLICE = 4;

/** The browser's next idle moment, or soon in any case: a frame out of sight may never idle. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

type Area = NeighborhoodProperties | RegionProperties;

/** An area's outline on the land. */
function outline<P extends Area>(topology: BoundaryTopology, geometry: GeometryObject<P>): string {
  return drawOnLand(feature(topology, geometry) as unknown as Feature<MultiPolygon, P>) ?? '';
}

/** An area whose outline is drawn when first read. */
function drawnWhenRead<P extends Area>(
  topology: BoundaryTopology,
  geometry: GeometryObject<P>,
): LandPath<P> {
  let d: string | undefined;
  return {
    properties: geometry.properties as P,
    get d() {
      return (d ??= outline(topology, geometry));
    },
  };
}

/**
 * The land from its topology, drawn at the browser's idle moments: the
 * borders a path at a time, the regions (every map fills them) a few at a
 * time, and a neighborhood's outline only when a map first reads it.
 */
export async function landFromTopology(topology: BoundaryTopology): Promise<Land> {
  const { neighborhoods, regions } = topology.objects;
  const lines = mesh(topology, neighborhoods).coordinates;
  const size = Math.ceil(lines.length / BORDER_PATHS);
  const borders: string[] = [];
  for (let i = 0; i < lines.length; i += size) {
    await idle();
    const part: MultiLineString = {
      type: 'MultiLineString',
      coordinates: lines.slice(i, i + size),
    };
    borders.push(drawOnLand(part) ?? '');
  }
  const regionPaths: LandPath<RegionProperties>[] = [];
  let start = performance.now();
  for (const geometry of regions.geometries) {
    if (performance.now() - start > SLICE) {
      await idle();
      start = performance.now();
    }
    regionPaths.push({
      properties: geometry.properties as RegionProperties,
      d: outline(topology, geometry),
    });
  }
  return {
    neighborhoods: neighborhoods.geometries.map((g) => drawnWhenRead(topology, g)),
    regions: regionPaths,
    borders,
  };
}

/**
 * Calls `show` with a growing count, one more at each idle moment, ending at
 * `total`: a border path joining the page costs a slow phone a few ms.
 */
export async function revealInSlices(total: number, show: (count: number) => void): Promise<void> {
  for (let count = Math.min(1, total); ; count += 1) {
    show(count);
    if (count >= total) return;
    await idle();
  }
}

const loads = new Map<string, Promise<Land>>();

/** One request and one drawing per URL, however many maps ask; a failure stands until the page is reloaded. */
export function loadLand(url: string, fetcher: typeof fetch = fetch): Promise<Land> {
  let load = loads.get(url);
  if (!load) {
    load = fetcher(url).then(async (response) => {
      if (!response.ok)
        throw new Error(`The neighborhood boundaries did not load (HTTP ${response.status})`);
      return landFromTopology((await response.json()) as BoundaryTopology);
    });
    loads.set(url, load);
  }
  return load;
}
