/**
 * The one kind of scale the charts draw with: piecewise linear, from numbers or
 * dates to pixels, with d3's nice round domains and ticks. d3-scale would
 * bring its colour, date and number-format machinery into every chart's
 * bundle; this needs only d3-array's `nice` and `ticks`.
 */
import { nice, ticks } from 'd3';

export interface LinearScale {
  (value: number | Date): number;
  domain(): number[];
  ticks(count: number): number[];
}

/** Maps each domain stop to the range stop at the same index, linearly between stops (no clamping). */
export function linearScale(
  domain: readonly (number | Date)[],
  range: readonly number[],
): LinearScale {
  const d = domain.map(Number);
  if (d.length < 2 || d.length !== range.length) {
    throw new Error(
      `A scale needs matching stops: ${d.length} in the domain, ${range.length} in the range`,
    );
  }
  const scale = (value: number | Date) => {
    const v = Number(value);
    let i = 1;
    while (i < d.length - 1 && v > d[i]!) i += 1;
    const d0 = d[i - 1]!;
    const d1 = d[i]!;
    const t = d1 === d0 ? 0.5 : (v - d0) / (d1 - d0);
    return range[i - 1]! + t * (range[i]! - range[i - 1]!);
  };
  scale.domain = () => [...d];
  scale.ticks = (count: number) => ticks(d[0]!, d.at(-1)!, count);
  return scale;
}

/** A linear scale whose ends are widened to round numbers, about `count` ticks apart. */
export function niceLinearScale(
  [start, stop]: readonly [number, number],
  range: readonly [number, number],
  count: number,
): LinearScale {
  return linearScale(nice(start, stop, count), range);
}

/** Square-root scale from zero, for sizes whose area, not radius, should follow the value. */
export function sqrtScale(
  max: number,
  [from, to]: readonly [number, number],
): (value: number) => number {
  const linear = linearScale([0, Math.sqrt(max)], [from, to]);
  return (value) => linear(Math.sqrt(value));
}
