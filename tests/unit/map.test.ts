/** The campus map's geometry on the real campuses: fit, framing, dodging, scale bar, label boxes. */
import { geoMercator, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { places, schools } from '../../data/index.ts';
import { hostBoundaries, simplifiedBoundaries } from '../../scripts/boundaries.ts';
import {
  boundariesFromTopology,
  landFromTopology,
  revealInSlices,
} from '../../src/lib/boundaries.ts';
import {
  apply,
  dodge,
  fitProjection,
  frame,
  geographicOrder,
  keepBoxes,
  scaleBar,
} from '../../src/lib/map.ts';
import { formatPartialDate, openOn } from '../../src/lib/dates.ts';
import { campuses } from '../../src/story/campus-data.ts';

const points = campuses.map((c) => [c.longitude, c.latitude] as [number, number]);
const sizes = [
  { width: 320, height: 300 },
  { width: 390, height: 464 },
  { width: 1366, height: 700 },
  { width: 1920, height: 1080 },
];

describe('fitProjection', () => {
  it.each(sizes)(
    'keeps every campus inside a $width×$height box, padding included',
    ({ width, height }) => {
      const pad = 24;
      const projection = fitProjection(points, width, height, pad);
      for (const point of points) {
        const [x, y] = projection(point)!;
        expect(x).toBeGreaterThanOrEqual(pad - 0.01);
        expect(x).toBeLessThanOrEqual(width - pad + 0.01);
        expect(y).toBeGreaterThanOrEqual(pad - 0.01);
        expect(y).toBeLessThanOrEqual(height - pad + 0.01);
      }
    },
  );
});

describe('fitProjection on Mercator’s plane', () => {
  const { neighborhoods, regions } = boundariesFromTopology(
    JSON.parse(simplifiedBoundaries('data/neighborhoods.topo.json')),
  );
  /** The numbers of an SVG path, for comparing two drawings of one border. */
  const numbers = (d: string | null) =>
    (d ?? '')
      .split(/[^-\d.e]+/)
      .filter(Boolean)
      .map(Number);

  it.each(sizes)(
    'draws every border as d3’s resampled geoMercator does, to 0.01 px, at $width×$height',
    ({ width, height }) => {
      const ours = geoPath(fitProjection(points, width, height, 24));
      const d3s = geoPath(
        geoMercator().fitExtent(
          [
            [24, 24],
            [width - 24, height - 24],
          ],
          { type: 'MultiPoint', coordinates: points },
        ),
      );
      for (const area of [...neighborhoods, ...regions]) {
        const [a, b] = [numbers(ours(area)), numbers(d3s(area))];
        expect(a.length, area.properties.slug).toBe(b.length);
        for (let i = 0; i < a.length; i++)
          expect(Math.abs(a[i]! - b[i]!), area.properties.slug).toBeLessThan(0.01);
      }
    },
  );

  it('centres a single place at a finite scale, and refuses no place at all', () => {
    const projection = fitProjection([points[0]!], 400, 300, 20);
    const [x, y] = projection(points[0]!);
    expect(x).toBeCloseTo(200, 6);
    expect(y).toBeCloseTo(150, 6);
    expect(Number.isFinite(projection.invert([0, 0])[0])).toBe(true);
    expect(() => fitProjection([], 400, 300, 20)).toThrow('at least one point');
  });

  it.each(sizes)(
    'places the land drawn once, by its transform alone, where the fitted projection draws it, to 0.05 px, at $width×$height',
    async ({ width, height }) => {
      const land = await landFromTopology(
        JSON.parse(simplifiedBoundaries('data/neighborhoods.topo.json')),
      );
      const projection = fitProjection(points, width, height, 24);
      const fitted = geoPath(projection);
      const byShape = [
        [land.neighborhoods, neighborhoods],
        [land.regions, regions],
      ] as const;
      for (const [drawn, areas] of byShape) {
        expect(drawn.map((p) => p.properties.slug)).toEqual(areas.map((a) => a.properties.slug));
        drawn.forEach((path, i) => {
          const placed = numbers(path.d).map((n, j) =>
            j % 2 === 0
              ? projection.onLand.x + projection.onLand.k * n
              : projection.onLand.y + projection.onLand.k * n,
          );
          const expected = numbers(fitted(areas[i]!));
          expect(placed.length, path.properties.slug).toBe(expected.length);
          for (let j = 0; j < placed.length; j++)
            expect(Math.abs(placed[j]! - expected[j]!), path.properties.slug).toBeLessThan(0.05);
        });
      }
    },
  );

  it('turns a point into px and back', () => {
    const projection = fitProjection(points, 1366, 700, 24);
    for (const point of points) {
      const [lon, lat] = projection.invert(projection(point));
      expect(lon).toBeCloseTo(point[0], 9);
      expect(lat).toBeCloseTo(point[1], 9);
    }
  });
});

describe('the borders', () => {
  /** A path's straight pieces, each as one key whichever way it runs; pieces shorter than the drawing's precision are left out. */
  function segments(d: string): string[] {
    const pieces: string[] = [];
    for (const sub of d.split('M').filter(Boolean)) {
      const closed = sub.trim().endsWith('Z');
      const points = sub
        .replace('Z', '')
        .split('L')
        .map((p) => p.trim());
      if (closed) points.push(points[0]!);
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        if (a !== b) pieces.push(a < b ? `${a} ${b}` : `${b} ${a}`);
      }
    }
    return pieces;
  }

  const file = 'data/neighborhoods.topo.json';
  const hosts = new Set(Object.values(places).map((p) => p.neighborhoodSlug));
  it.each([
    { name: 'the story’s', topology: simplifiedBoundaries(file) },
    { name: 'an embed’s', topology: hostBoundaries(file, hosts) },
  ])(
    'draw every line of every neighborhood on $name map, in a path per region at most',
    async ({ topology }) => {
      const land = await landFromTopology(JSON.parse(topology));
      expect(land.borders.length).toBeGreaterThan(0);
      expect(land.borders.length).toBeLessThanOrEqual(land.regions.length);
      const outlines = new Set(land.neighborhoods.flatMap((n) => segments(n.d)));
      expect(new Set(land.borders.flatMap((b) => segments(b.d)))).toEqual(outlines);
    },
  );

  it('draw a line two neighborhoods share once, where their outlines drew it twice', async () => {
    const land = await landFromTopology(JSON.parse(simplifiedBoundaries(file)));
    const drawn = land.borders.flatMap((b) => segments(b.d)).length;
    const outlines = land.neighborhoods.flatMap((n) => segments(n.d)).length;
    // 5,632 pieces against 8,754 on this file: a few arcs of the simplified topology overlap.
    expect(drawn).toBeLessThan(outlines * 0.7);
  });
});

describe('revealInSlices', () => {
  it('shows a growing count, one more at a time, ending at the whole', async () => {
    const counts: number[] = [];
    await revealInSlices(5, (count) => counts.push(count));
    expect(counts).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows nothing, once, when there is nothing to show', async () => {
    const counts: number[] = [];
    await revealInSlices(0, (count) => counts.push(count));
    expect(counts).toEqual([0]);
  });
});

describe('frame', () => {
  const regions = [...new Set(campuses.map((c) => c.region))];

  it.each(sizes.flatMap((size) => regions.map((region) => ({ ...size, region }))))(
    'frames every campus of $region inside $width×$height',
    ({ width, height, region }) => {
      const projection = fitProjection(points, width, height, 24);
      const inRegion = campuses
        .filter((c) => c.region === region)
        .map((c) => projection([c.longitude, c.latitude])!);
      const t = frame(
        inRegion as [number, number][],
        width,
        height,
        30,
        Math.min(width, height) * 0.3,
      );
      expect(t.k).toBeGreaterThanOrEqual(1);
      for (const p of inRegion) {
        const [x, y] = apply(t, p as [number, number]);
        expect(x).toBeGreaterThanOrEqual(30 - 0.01);
        expect(x).toBeLessThanOrEqual(width - 30 + 0.01);
        expect(y).toBeGreaterThanOrEqual(30 - 0.01);
        expect(y).toBeLessThanOrEqual(height - 30 + 0.01);
      }
    },
  );

  it('zooms in on a single campus only as far as the minimum span allows', () => {
    const t = frame([[100, 100]], 400, 400, 20, 120);
    expect(t.k).toBeCloseTo(360 / 120);
    expect(apply(t, [100, 100])).toEqual([200, 200]);
  });

  it('leaves the whole map as it is for no campus', () => {
    expect(frame([], 400, 400, 20, 120)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('dodge', () => {
  it.each(sizes)(
    'leaves no two campus markers overlapping at $width×$height',
    ({ width, height }) => {
      const radius = 7;
      const projection = fitProjection(points, width, height, 24);
      const markers = campuses.map((c) => {
        const [x, y] = projection([c.longitude, c.latitude])!;
        return { id: c.id, x, y };
      });
      const placed = dodge(markers, radius * 2 + 2);
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          const d = Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y);
          expect(d, `${placed[i]!.id} / ${placed[j]!.id}`).toBeGreaterThanOrEqual(radius * 2);
        }
      }
      // Nothing is moved far from where it belongs.
      for (const m of placed)
        expect(Math.hypot(m.x - m.anchorX, m.y - m.anchorY)).toBeLessThan(radius * 6);
    },
  );

  it('separates markers at the very same address (the 6-12 campuses)', () => {
    const placed = dodge(
      [
        { id: 'high', x: 50, y: 50 },
        { id: 'middle', x: 50, y: 50 },
      ],
      16,
    );
    expect(
      Math.hypot(placed[0]!.x - placed[1]!.x, placed[0]!.y - placed[1]!.y),
    ).toBeGreaterThanOrEqual(14);
  });

  it('separates a crowd of markers at one point, keeping each near it', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, x: 80, y: 80 }));
    const placed = dodge(crowd, 16);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const d = Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y);
        expect(d, `${placed[i]!.id} / ${placed[j]!.id}`).toBeGreaterThanOrEqual(15);
      }
      expect(Math.hypot(placed[i]!.x - 80, placed[i]!.y - 80)).toBeLessThan(16 * 2);
    }
  });

  it('moves nothing that has room', () => {
    const placed = dodge(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 100, y: 0 },
      ],
      16,
    );
    expect(placed.map((m) => [Math.round(m.x), Math.round(m.y)])).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });
});

describe('the campuses on the map', () => {
  it('are every school with coordinates, in the order of the facts', () => {
    expect(campuses.map((c) => c.id)).toEqual(schools.filter((s) => s.location).map((s) => s.id));
  });

  it('carry their dates as the edition writes them', () => {
    const opened = campuses.find((c) => c.opened?.length === 10)!;
    expect(opened.openedText).toBe(formatPartialDate(opened.opened!));
    expect(opened.openedText).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const closed = campuses.find((c) => c.closed)!;
    expect(closed.closedText).toBe(formatPartialDate(closed.closed!));
    expect(campuses.filter((c) => !c.opened).every((c) => c.openedText === null)).toBe(true);
  });

  it.each([2004, 2009, 2012, 2015, 2021, 2025])(
    'open in the fall of %i are those the dates say',
    (year) => {
      const day = new Date(year, 9, 1);
      const expected = campuses
        .filter(
          (c) =>
            c.opened &&
            new Date(`${c.opened}T00:00`) <= day &&
            (!c.closed || new Date(`${c.closed}T00:00`) > day),
        )
        .map((c) => c.id);
      expect(openOn(campuses, day).map((c) => c.id)).toEqual(expected);
    },
  );

  it('are ordered north to south for the keyboard', () => {
    const ordered = geographicOrder(campuses);
    expect(ordered[0]!.id).toBe('marine-innovation');
    expect(ordered.at(-1)!.id).toBe('baxter');
  });
});

describe('scaleBar', () => {
  it.each([
    { width: 390, k: 1 },
    { width: 1366, k: 1 },
    { width: 1366, k: 4 },
  ])(
    'gives a round number of miles near the target length ($width px, zoom $k)',
    ({ width, k }) => {
      const projection = fitProjection(points, width, 600, 24);
      const bar = scaleBar(projection, k, [width / 2, 300], 100);
      expect([0.25, 0.5, 1, 2, 5, 10, 20, 50]).toContain(bar.miles);
      expect(bar.px).toBeGreaterThan(40);
      expect(bar.px).toBeLessThan(250);
    },
  );
});

describe('keepBoxes', () => {
  const at = (x: number, y: number) => ({ x, y, width: 10, height: 10 });

  it.each([
    {
      name: 'keeps boxes that do not meet',
      boxes: [
        { id: 'a', places: [at(0, 0)] },
        { id: 'b', places: [at(20, 0)] },
      ],
      kept: { a: at(0, 0), b: at(20, 0) },
    },
    {
      name: 'drops the lower-priority box of two that meet',
      boxes: [
        { id: 'a', priority: 0, places: [at(0, 0)] },
        { id: 'b', priority: 1, places: [at(5, 5)] },
      ],
      kept: { b: at(5, 5) },
    },
    {
      name: 'drops a box that leaves the map',
      boxes: [{ id: 'a', places: [at(95, 0)] }],
      kept: {},
    },
    {
      name: 'drops a box over a marker',
      boxes: [{ id: 'a', places: [at(40, 40)] }],
      obstacles: [{ x: 45, y: 45, width: 4, height: 4 }],
      kept: {},
    },
    {
      name: 'moves a box to its next place when the first meets a box placed before it',
      boxes: [
        { id: 'a', priority: 1, places: [at(0, 0)] },
        { id: 'b', places: [at(5, 5), at(95, 0), at(0, 20), at(50, 50)] },
      ],
      kept: { a: at(0, 0), b: at(0, 20) },
    },
    {
      name: 'moves a box off a marker, and drops it when no place is free',
      boxes: [
        { id: 'a', places: [at(40, 40), at(60, 40)] },
        { id: 'b', places: [at(40, 40), at(38, 38)] },
      ],
      obstacles: [{ x: 45, y: 45, width: 4, height: 4 }],
      kept: { a: at(60, 40) },
    },
  ])('$name', ({ boxes, obstacles, kept }) => {
    expect(Object.fromEntries(keepBoxes(boxes, 100, 100, obstacles))).toEqual(kept);
  });
});
