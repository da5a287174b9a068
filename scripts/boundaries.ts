/**
 * The neighborhood boundaries as the browser gets them. data/ keeps the
 * Mapping L.A. file as published (the build computes each school's
 * neighborhood from it); the map draws a copy with 30% of the points inside
 * each border kept (Visvalingam, by triangle area) and coordinates rounded to
 * a 10,000-step grid, about 12 × 17 m on the ground: about a pixel at the
 * story's closest zoom, and a third lighter on the wire.
 *
 * An embedded map gets a lighter base layer still: the 16 regions, and only
 * the neighborhoods that hold a campus. Every border of the county's 272
 * neighborhoods weighs 45 KB on the wire however far it is simplified (2,717
 * arcs), most of a partner's 60 KB budget for the whole section.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

export const KEPT_SHARE = 0.3;
export const GRID = 1e4;

type Named = { slug: string };
type BoundaryTopology = Topology<{
  neighborhoods: GeometryCollection<Named>;
  regions: GeometryCollection<Named>;
}>;

function read(file: string): BoundaryTopology {
  return JSON.parse(readFileSync(file, 'utf8')) as BoundaryTopology;
}

function simplified(file: string): BoundaryTopology {
  const weighted = presimplify(read(file) as Parameters<typeof presimplify>[0]);
  return quantize(simplify(weighted, quantile(weighted, KEPT_SHARE)), GRID) as BoundaryTopology;
}

export function simplifiedBoundaries(file: string): string {
  return JSON.stringify(simplified(file));
}

/**
 * The regions, and the neighborhoods named in `hosts` (by slug): the very
 * shapes the story draws, their shared borders found again.
 */
export function hostBoundaries(file: string, hosts: ReadonlySet<string>): string {
  const source = simplified(file);
  const neighborhoods = feature(source, source.objects.neighborhoods) as FeatureCollection<
    GeoJSON.Geometry,
    Named
  >;
  const regions = feature(source, source.objects.regions);
  const kept: FeatureCollection = {
    type: 'FeatureCollection',
    features: neighborhoods.features.filter((f) => hosts.has(f.properties.slug)),
  };
  const found = topology({ neighborhoods: kept, regions }) as Topology<Objects<Named>>;
  // The story's grid, so every kept point lands where the story draws it.
  return JSON.stringify(quantize(found, source.transform!));
}
