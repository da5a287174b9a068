/** The timeline's derivations and scales, on small tables and on the real data. */
import { describe, expect, it } from 'vitest';
import { metrics, milestones, organization, schools } from '../../data/index.ts';
import { openOn, startOf } from '../../src/lib/dates.ts';
import {
  countScale,
  dateOfYear,
  growthSeries,
  resolveEras,
  scholarSeries,
  timelineScale,
  yearTicks,
} from '../../src/lib/timeline.ts';
import { eras } from '../../src/story/eras.ts';
import { timelineData } from '../../src/story/timeline-data.ts';

const school = (opened: string | null, closed: string | null = null) => ({ opened, closed });

describe('openOn', () => {
  it.each([
    { name: 'open before the day', list: [school('2004-09-13')], day: '2004-10-01', expected: 1 },
    {
      name: 'opening on the day itself',
      list: [school('2004-10-01')],
      day: '2004-10-01',
      expected: 1,
    },
    { name: 'not yet open', list: [school('2005-08-29')], day: '2004-10-01', expected: 0 },
    {
      name: 'closed before the day',
      list: [school('2009-08-31', '2021-06-30')],
      day: '2021-10-01',
      expected: 0,
    },
    {
      name: 'closing on the day',
      list: [school('2009-08-31', '2021-10-01')],
      day: '2021-10-01',
      expected: 0,
    },
    {
      name: 'closed after the day',
      list: [school('2009-08-31', '2021-06-30')],
      day: '2020-10-01',
      expected: 1,
    },
    {
      name: 'no opening date: cannot be counted',
      list: [school(null)],
      day: '2024-10-01',
      expected: 0,
    },
  ])('$name', ({ list, day, expected }) => {
    expect(openOn(list, startOf(day))).toHaveLength(expected);
  });
});

describe('growthSeries', () => {
  it('counts each October, one point a year, with no gap', () => {
    const series = growthSeries(
      [school('2004-09-13'), school('2005-08-29', '2006-06-30')],
      2004,
      2007,
    );
    expect(series.map((p) => [p.year, p.count, p.undated])).toEqual([
      [2004, 1, 0],
      [2005, 2, 0],
      [2006, 1, 0],
      [2007, 1, 0],
    ]);
    expect(series[0]!.date).toEqual(new Date(2004, 9, 1));
  });

  it('matches the network’s own dated counts on the real data', () => {
    const points = growthSeries(schools, 2004, 2025, 2023);
    const series = new Map(points.map((p) => [p.year, p.count]));
    // 16 schools in 2010 (metric 2010-schools: "16", counted in spring 2010, so fall 2009).
    expect(series.get(2009)).toBe(metrics.find((m) => m.id === '2010-schools')!.value);
    // 27 campuses in November 2015 (metric 2015-campuses).
    expect(series.get(2015)).toBe(metrics.find((m) => m.id === '2015-campuses')!.value);
    // In 2023-24 the network counted 26: the dated schools plus one no source dates, shown apart that year only.
    const fall2023 = points.find((p) => p.year === 2023)!;
    expect(fall2023.count + fall2023.undated).toBe(organization.headline.schools.value);
    expect(fall2023.undated).toBe(1);
    expect(points.filter((p) => p.undated > 0)).toEqual([fall2023]);
    // The 2025 closing shows in the fall of 2025, not before.
    expect(series.get(2025)).toBe(series.get(2024)! - 1);
  });
});

describe('scholarSeries', () => {
  it('keeps only student counts, in time order, and leaves missing years missing', () => {
    const series = scholarSeries(metrics);
    expect(series.every((p) => metrics.find((m) => m.id === p.id)!.metric === 'students')).toBe(
      true,
    );
    expect(series.map((p) => p.date.getTime())).toEqual(
      [...series.map((p) => p.date.getTime())].sort((a, b) => a - b),
    );
    const years = new Set(series.map((p) => p.year));
    expect(years.has(2005)).toBe(false);
    expect(years.has(2021)).toBe(false);
  });

  it('places a figure on its own date, or mid-year when only the year is known', () => {
    const [dated, undated] = scholarSeries([
      {
        id: 'a',
        metric: 'students',
        year: 2020,
        asOf: '2020-08-12',
        value: 1,
        qualifier: null,
        confidence: 'verified',
      },
      {
        id: 'b',
        metric: 'students',
        year: 2021,
        asOf: null,
        value: 2,
        qualifier: null,
        confidence: 'verified',
      },
    ]);
    expect(dated!.date).toEqual(new Date(2020, 7, 12));
    expect(undated!.date).toEqual(new Date(2021, 6, 1));
  });
});

describe('resolveEras', () => {
  const context = {
    milestones: [
      { id: 'start', year: 2004, date: '2004-09-13' },
      { id: 'middle', year: 2010, date: null },
    ],
    planLaunch: '2022-07',
    present: new Date(2026, 0, 1),
  };

  it.each([
    {
      from: 'milestone:start',
      to: 'milestone:middle',
      start: new Date(2004, 8, 13),
      end: new Date(2010, 0, 1),
    },
    {
      from: 'milestone:middle',
      to: 'plan-launch',
      start: new Date(2010, 0, 1),
      end: new Date(2022, 6, 1),
    },
    { from: 'plan-launch', to: 'present', start: new Date(2022, 6, 1), end: new Date(2026, 0, 1) },
  ] as const)('resolves $from → $to', ({ from, to, start, end }) => {
    expect(resolveEras([{ id: 'e', from, to }], context)).toEqual([{ id: 'e', start, end }]);
  });

  it('names the era and the milestone when a bound is unknown', () => {
    expect(() =>
      resolveEras([{ id: 'e', from: 'milestone:gone', to: 'present' }], context),
    ).toThrow('Era "e" is bounded by milestone "gone"');
  });

  it('refuses an era that ends before it starts', () => {
    expect(() =>
      resolveEras([{ id: 'e', from: 'present', to: 'milestone:start' }], context),
    ).toThrow('ends before');
  });

  it('resolves the story’s eras into an unbroken sequence', () => {
    const spans = resolveEras(eras, {
      milestones,
      planLaunch: organization.strategicPlan.launched,
      present: new Date(2026, 0, 1),
    });
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toEqual(spans[i - 1]!.end);
    expect(spans[0]!.start).toEqual(new Date(2004, 8, 13));
  });
});

describe('scales', () => {
  const domain = {
    start: new Date(2003, 0, 1),
    present: new Date(2026, 0, 1),
    horizon: new Date(2045, 0, 1),
  };

  it('gives the past its share of the width and the horizon the rest', () => {
    const x = timelineScale(domain, 1000, 0.8);
    expect(x(domain.start)).toBe(0);
    expect(x(domain.present)).toBeCloseTo(800);
    expect(x(domain.horizon)).toBeCloseTo(1000);
    const opened = timelineScale(domain, 1000, 0.5);
    const future = (scale: typeof x) => scale(domain.horizon) - scale(domain.present);
    expect(future(opened)).toBeCloseTo(500);
    expect(future(opened)).toBeGreaterThan(future(x));
  });

  it('counts from zero upward', () => {
    const y = countScale(27, 300, 100);
    expect(y(0)).toBe(300);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(27);
  });

  it('reads fractional years as dates', () => {
    expect(dateOfYear(2009)).toEqual(new Date(2009, 0, 1));
    expect(dateOfYear(2009.5).getMonth()).toBe(6);
  });

  it.each([
    { width: 1800, includes: [2004, 2010, 2020, 2044], step: 1 },
    { width: 600, includes: [2004, 2010, 2020, 2044], step: 2 },
    { width: 280, includes: [2005, 2010, 2020, 2044], step: 5 },
    { width: 140, includes: [2010, 2020, 2044], step: 10 },
  ])('labels years at $width px without crowding', ({ width, includes, step }) => {
    const x = timelineScale(domain, width, 0.86);
    const ticks = yearTicks(x, domain, 40);
    for (const year of includes) expect(ticks).toContain(year);
    expect(ticks.at(-1)).toBe(2044);
    const past = ticks.filter((t) => t <= 2026);
    expect(past.every((t) => t % step === 0)).toBe(true);
    for (let i = 1; i < ticks.length; i++) {
      expect(
        x(new Date(ticks[i]!, 0, 1)) - x(new Date(ticks[i - 1]!, 0, 1)),
      ).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('the timeline data', () => {
  it('spans the dated facts and reaches the horizon of the next twenty years', () => {
    expect(timelineData.domain.start.getFullYear()).toBe(
      Math.min(...milestones.map((m) => m.year)),
    );
    expect(timelineData.domain.horizon.getFullYear() - 1).toBe(organization.headline.founded + 40);
    expect(timelineData.milestones).toHaveLength(milestones.length);
  });
});
