/**
 * Loads the neighborhood boundaries once, when a map first needs them, and
 * turns the TopoJSON into GeoJSON features for d3-geo. A failed load rejects
 * with a readable error; the map then carries on without its base layer.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

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

const loads = new Map<string, Promise<Boundaries>>();

/** One request per URL, however many maps ask; a failure stands until the page is reloaded. */
export function loadBoundaries(url: string, fetcher: typeof fetch = fetch): Promise<Boundaries> {
  let load = loads.get(url);
  if (!load) {
    load = fetcher(url).then(async (response) => {
      if (!response.ok)
        throw new Error(`The neighborhood boundaries did not load (HTTP ${response.status})`);
      return boundariesFromTopology((await response.json()) as BoundaryTopology);
    });
    loads.set(url, load);
  }
  return load;
}
