/**
 * Loads the neighborhood boundaries once, when a map first needs them, and
 * draws them once as the land: an SVG path per border on the land's own
 * coordinates (`LAND`), which every map on the page places with one transform,
 * whatever its size. A failed load rejects with a readable error; the map then
 * carries on without its base layer.
 */
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
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

/** A border drawn on the land's coordinates: `d` is an SVG path. */
export interface LandPath<P> {
  properties: P;
  d: string;
}

export interface Land {
  neighborhoods: LandPath<NeighborhoodProperties>[];
  regions: LandPath<RegionProperties>[];
}

/** A tenth of a unit (about 0.6 m) is finer than any zoom shows. */
const drawOnLand = geoPath(LAND).digits(1);

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

/**
 * Draws every border, a few at a time: the county's 272 neighborhoods at once
 * were one long task, and a scroll it fell in dropped frames.
 */
export async function landFromTopology(topology: BoundaryTopology): Promise<Land> {
  async function draw<P extends NeighborhoodProperties | RegionProperties>(
    collection: GeometryCollection<P>,
  ): Promise<LandPath<P>[]> {
    const paths: LandPath<P>[] = [];
    let start = performance.now();
    for (const geometry of collection.geometries) {
      if (performance.now() - start > SLICE) {
        await idle();
        start = performance.now();
      }
      const area = feature(topology, geometry as GeometryObject<P>) as unknown as Feature<
        MultiPolygon,
        P
      >;
      paths.push({ properties: area.properties, d: drawOnLand(area) ?? '' });
    }
    return paths;
  }
  return {
    neighborhoods: await draw(topology.objects.neighborhoods),
    regions: await draw(topology.objects.regions),
  };
}

/**
 * How many borders join the page at one idle moment: a few ms of the browser's
 * own work at 4× CPU slowdown (40 took 20–27 ms, and the frame ran late).
 */
const PATHS_AT_ONCE = 16;

/**
 * Calls `show` with a growing count of paths, a few dozen at each idle moment,
 * ending at `total`: adding 272 paths to the page in one go took 50–60 ms at
 * 4× CPU slowdown, and dropped a frame of the scroll it fell in.
 */
export async function revealInSlices(
  total: number,
  show: (count: number) => void,
  atOnce = PATHS_AT_ONCE,
): Promise<void> {
  for (let count = Math.min(atOnce, total); ; count = Math.min(count + atOnce, total)) {
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
