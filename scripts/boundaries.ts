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
 *
 * Both files carry the borders ready to draw (`borders`): every line of the
 * neighborhoods once, two neighbors sharing one, a piece per region. Finding
 * them in the browser (topojson's `mesh`) took a slow phone 35–120 ms in one
 * go. The story's file then keeps the outlines of the neighborhoods that hold
 * a campus only: 39.8 KB on the wire, against 46.1 KB with every outline.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

export const KEPT_SHARE = 0.3;
export const GRID = 1e4;

type Named = { slug: string; name?: string; region?: string };
type BoundaryTopology = Topology<{
  neighborhoods: GeometryCollection<Named>;
  regions: GeometryCollection<Named>;
}>;

/**
 * The topology with its borders: each line between neighborhoods (or at the
 * land's edge) once, in a piece per region, a line going to the region of the
 * first neighborhood it bounds. A piece is drawn as one path, and covers one
 * part of the map, so a zoomed map's tiles draw only the pieces over them.
 */
function withBorders(
  t: Topology<Objects<Named>>,
  hosts?: ReadonlySet<string>,
): Topology<Objects<Named>> {
  const neighborhoods = t.objects.neighborhoods as GeometryCollection<Named>;
  const regions = t.objects.regions as GeometryCollection<Named>;
  const named = (g: { properties?: unknown }) => g.properties as Named;
  const geometries = regions.geometries
    .map((r) => ({
      ...meshArcs(t, neighborhoods, (a) => named(a).region === named(r).name),
      properties: { slug: named(r).slug },
    }))
    .filter((piece) => piece.arcs.length > 0);
  // A map fills only the neighborhoods that hold a campus: the others are in the borders alone.
  const kept = hosts
    ? {
        ...neighborhoods,
        geometries: neighborhoods.geometries.filter((g) => hosts.has(named(g).slug)),
      }
    : neighborhoods;
  return {
    ...t,
    objects: {
      ...t.objects,
      neighborhoods: kept,
      borders: { type: 'GeometryCollection', geometries },
    },
  };
}

function read(file: string): BoundaryTopology {
  return JSON.parse(readFileSync(file, 'utf8')) as BoundaryTopology;
}

function simplified(file: string): BoundaryTopology {
  const weighted = presimplify(read(file) as Parameters<typeof presimplify>[0]);
  return quantize(simplify(weighted, quantile(weighted, KEPT_SHARE)), GRID) as BoundaryTopology;
}

/** The story's file: every border, and the outlines of the neighborhoods in `hosts` (all of them without). */
export function simplifiedBoundaries(file: string, hosts?: ReadonlySet<string>): string {
  return JSON.stringify(withBorders(simplified(file), hosts));
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
  return JSON.stringify(withBorders(quantize(found, source.transform!)));
}
