/**
 * Computed neighborhoods on the real boundaries: every mapped school lies in
 * exactly one area, the lookup rejects points outside the county, and the table
 * in data/README.md says what the code computes.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { places, schools } from '../../data/index.ts';
import type { NeighborhoodProps } from '../../data/schema.ts';
import { placePoint } from '../../src/lib/places.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../data/neighborhoods.topo.json', import.meta.url), 'utf8'),
) as Topology<{ neighborhoods: GeometryCollection<NeighborhoodProps> }>;
const neighborhoods = feature(topology, topology.objects.neighborhoods) as FeatureCollection<
  MultiPolygon,
  NeighborhoodProps
>;

describe('placePoint', () => {
  it.each(schools.filter((s) => s.location))(
    'puts $id inside exactly one neighborhood',
    (school) => {
      const { longitude, latitude } = school.location!;
      const matches = placePoint(neighborhoods, [longitude, latitude]);
      expect(matches).toHaveLength(1);
      expect(places[school.id]).toEqual({
        neighborhood: matches[0]!.name,
        neighborhoodSlug: matches[0]!.slug,
        region: matches[0]!.region,
      });
    },
  );

  it.each([
    { where: 'Santa Monica Bay', point: [-118.6, 33.9] as [number, number] },
    { where: 'Orange County (Anaheim)', point: [-117.91, 33.84] as [number, number] },
    { where: 'Ventura County (Oxnard)', point: [-119.18, 34.2] as [number, number] },
  ])('finds no neighborhood in $where', ({ point }) => {
    expect(placePoint(neighborhoods, point)).toEqual([]);
  });

  it.each([
    {
      where: 'Huntington Park city hall',
      point: [-118.2255, 33.9817] as [number, number],
      name: 'Huntington Park',
      region: 'Southeast',
    },
    {
      where: 'San Pedro, 9th Street',
      point: [-118.28715, 33.735787] as [number, number],
      name: 'San Pedro',
      region: 'Harbor',
    },
    {
      where: 'Sun Valley, Allegheny Street',
      point: [-118.39327, 34.237261] as [number, number],
      name: 'Sun Valley',
      region: 'San Fernando Valley',
    },
  ])('places $where in $name ($region)', ({ point, name, region }) => {
    expect(placePoint(neighborhoods, point)).toMatchObject([{ name, region }]);
  });
});

describe('the comparison table in data/README.md', () => {
  const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
  const rows = new Map(
    [
      ...readme.matchAll(/^\| *([a-z0-9]+(?:-[a-z0-9]+)*) *\|[^|\n]+\|([^|\n]+)\|([^|\n]+)\|/gm),
    ].map((m) => [m[1]!, { neighborhood: m[2]!.trim(), region: m[3]!.trim() }]),
  );

  it('has a row for every school', () => {
    expect([...rows.keys()].sort()).toEqual(schools.map((s) => s.id).sort());
  });

  it.each(schools.map((s) => s.id))('shows what the code computes for %s', (id) => {
    const place = places[id];
    expect(rows.get(id)).toEqual({
      neighborhood: place?.neighborhood ?? '—',
      region: place?.region ?? '—',
    });
  });
});
