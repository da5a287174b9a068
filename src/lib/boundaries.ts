/**
 * Loads the neighborhood boundaries once, when a map first needs them, and
 * draws them once as the land: SVG paths on the land's own coordinates
 * (`LAND`), which every map on the page places with one transform, whatever
 * its size. The file holds the regions, the neighborhoods a map fills, and
 * the borders, which the build finds (scripts/boundaries.ts). A failed load
 * rejects with a readable error; the map then carries on without its base
 * layer.
 */
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
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

/** A region's share of the borders (see scripts/boundaries.ts). */
export interface BorderProperties {
  slug: string;
}

type BoundaryTopology = Topology<{
  neighborhoods: GeometryCollection<NeighborhoodProperties>;
  regions: GeometryCollection<RegionProperties>;
  borders: GeometryCollection<BorderProperties>;
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

/** An area drawn on the land's coordinates: `d` is an SVG path. */
export interface LandPath<P> {
  properties: P;
  d: string;
}

export interface Land {
  /** The neighborhoods a map may fill: those that hold a campus. */
  neighborhoods: LandPath<NeighborhoodProperties>[];
  regions: LandPath<RegionProperties>[];
  /**
   * Every line between neighborhoods, and the land's edge, once (two neighbors
   * share one), a path per region, found by the build.
   */
  borders: LandPath<BorderProperties>[];
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

/** Draws the land a few shapes at a time: all of it at once was one long task, and a scroll it fell in dropped frames. */
export async function landFromTopology(topology: BoundaryTopology): Promise<Land> {
  async function draw<P extends NeighborhoodProperties | RegionProperties | BorderProperties>(
    collection: GeometryCollection<P>,
  ): Promise<LandPath<P>[]> {
    const paths: LandPath<P>[] = [];
    let start = performance.now();
    for (const geometry of collection.geometries) {
      if (performance.now() - start > SLICE) {
        await idle();
        start = performance.now();
      }
      const shape = feature(topology, geometry as GeometryObject<P>) as unknown as Feature<
        MultiPolygon | MultiLineString,
        P
      >;
      paths.push({ properties: shape.properties, d: drawOnLand(shape) ?? '' });
    }
    return paths;
  }
  return {
    neighborhoods: await draw(topology.objects.neighborhoods),
    regions: await draw(topology.objects.regions),
    borders: await draw(topology.objects.borders),
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
