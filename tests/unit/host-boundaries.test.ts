/** The embedded map's lighter base layer, built from the real boundary file. */
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { places } from '../../data/index.ts';
import { hostBoundaries, simplifiedBoundaries } from '../../scripts/boundaries.ts';
import { boundariesFromTopology } from '../../src/lib/boundaries.ts';
import { campuses } from '../../src/story/campus-data.ts';

const FILE = 'data/neighborhoods.topo.json';
const hosts = new Set(Object.values(places).map((p) => p.neighborhoodSlug));
const light = boundariesFromTopology(JSON.parse(hostBoundaries(FILE, hosts)));
const full = boundariesFromTopology(JSON.parse(simplifiedBoundaries(FILE)));

describe('the embedded map’s boundaries', () => {
  it('keep every region and only the neighborhoods that hold a campus', () => {
    expect(light.regions.map((r) => r.properties.slug).sort()).toEqual(
      full.regions.map((r) => r.properties.slug).sort(),
    );
    expect(new Set(light.neighborhoods.map((n) => n.properties.slug))).toEqual(hosts);
    expect(hosts.size).toBeLessThan(full.neighborhoods.length / 10);
  });

  it('put each campus inside its own neighborhood and its region', () => {
    for (const c of campuses) {
      const point: [number, number] = [c.longitude, c.latitude];
      const home = light.neighborhoods.find((n) => n.properties.slug === c.neighborhoodSlug)!;
      expect(geoContains(home, point), c.id).toBe(true);
      const region = light.regions.find((r) => r.properties.name === c.region)!;
      expect(geoContains(region, point), c.id).toBe(true);
    }
  });

  it('draw each kept area with the very points of the story’s map (rings may start elsewhere)', () => {
    const points = (area: (typeof light.regions)[number]) =>
      [...new Set(area.geometry.coordinates.flat(2).map(([x, y]) => `${x},${y}`))].sort();
    for (const area of [...light.neighborhoods, ...light.regions]) {
      const same = [...full.neighborhoods, ...full.regions].find(
        (f) => f.properties.slug === area.properties.slug,
      )!;
      expect(points(area), area.properties.slug).toEqual(points(same));
      expect(geoArea(area), area.properties.slug).toBeCloseTo(geoArea(same), 12);
    }
  });

  it('weigh a fraction of the full set', () => {
    expect(hostBoundaries(FILE, hosts).length).toBeLessThan(simplifiedBoundaries(FILE).length / 3);
  });
});
