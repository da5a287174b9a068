/** The charts' linear scales: stops, pieces, round ends and ticks, dates as well as numbers. */
import { scaleLinear, scaleSqrt } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearScale, niceLinearScale, sqrtScale } from '../../src/lib/scale.ts';

describe('linearScale', () => {
  it('maps each stop to its pixel and agrees with d3 between them', () => {
    const ours = linearScale([0, 10, 40], [0, 500, 600]);
    const d3 = scaleLinear().domain([0, 10, 40]).range([0, 500, 600]);
    for (const v of [-5, 0, 2.5, 10, 25, 40, 50]) expect(ours(v)).toBeCloseTo(d3(v), 9);
  });

  it('takes dates as their times', () => {
    const start = new Date(2004, 0, 1);
    const end = new Date(2024, 0, 1);
    const x = linearScale([start, end], [0, 200]);
    expect(x(start)).toBe(0);
    expect(x(new Date(2014, 0, 1))).toBeCloseTo(100, 0);
  });

  it('refuses a domain and range of different lengths', () => {
    expect(() => linearScale([0, 1, 2], [0, 1])).toThrow('3 in the domain, 2 in the range');
  });
});

describe('niceLinearScale and sqrtScale', () => {
  it('rounds the ends and ticks as d3 does', () => {
    const ours = niceLinearScale([0, 27], [300, 100], 3);
    const d3 = scaleLinear().domain([0, 27]).nice(3).range([300, 100]);
    expect(ours.domain()).toEqual(d3.domain());
    expect(ours.ticks(3)).toEqual(d3.ticks(3));
    expect(ours(0)).toBe(300);
  });

  it('sizes by square root from zero', () => {
    const ours = sqrtScale(16, [0, 20]);
    const d3 = scaleSqrt().domain([0, 16]).range([0, 20]);
    for (const v of [0, 1, 4, 9, 16]) expect(ours(v)).toBeCloseTo(d3(v), 9);
  });
});
