/**
 * The timeline's derived data and scales (pure, no DOM): schools open each
 * fall from opening and closing dates, dated scholar counts, era spans, and a
 * time scale whose far end compresses the years to come into a horizon.
 */
import { linearScale, niceLinearScale, type LinearScale } from './scale.ts';
import { openOn, startOf, type Dated } from './dates.ts';

/** Month and day of the yearly count: early October, once the fall's new schools have opened. */
export const CENSUS_MONTH_DAY = [10, 1] as const;

export interface GrowthPoint {
  year: number;
  /** The census day the count is taken on. */
  date: Date;
  /** Schools whose dates show them open on that day. */
  count: number;
  /** Schools with no opening date that the network's own count says were open that year. */
  undated: number;
}

/**
 * Schools open each October from `from` to `to`, one point per year. A school
 * with no opening date cannot be placed in time, except in the one school year
 * the network's own count (`countedIn`) vouches for it: there it is added apart.
 */
export function growthSeries(
  schools: readonly (Dated & { countedIn2024?: boolean })[],
  from: number,
  to: number,
  countedIn?: number,
): GrowthPoint[] {
  const [month, day] = CENSUS_MONTH_DAY;
  const undated = schools.filter((s) => s.opened === null && s.countedIn2024).length;
  const points: GrowthPoint[] = [];
  for (let year = from; year <= to; year++) {
    const date = new Date(year, month - 1, day);
    points.push({
      year,
      date,
      count: openOn(schools, date).length,
      undated: year === countedIn ? undated : 0,
    });
  }
  return points;
}

interface MetricLike {
  id: string;
  metric: string;
  year: number;
  asOf: string | null;
  value: number;
  qualifier: 'nearly' | 'over' | 'about' | null;
  confidence: 'verified' | 'corroborated' | 'uncertain';
}

export interface ScholarPoint {
  id: string;
  year: number;
  /** Where the point sits: the figure's own date, or mid-year when only the year is known. */
  date: Date;
  value: number;
  qualifier: MetricLike['qualifier'];
  confidence: MetricLike['confidence'];
}

/**
 * The dated student counts, one point each, in time order. Years without a
 * figure have no point: the chart draws no line through them.
 */
export function scholarSeries(metrics: readonly MetricLike[]): ScholarPoint[] {
  return metrics
    .filter((m) => m.metric === 'students')
    .map((m) => ({
      id: m.id,
      year: m.year,
      date: m.asOf && m.asOf.length > 4 ? startOf(m.asOf) : new Date(m.year, 6, 1),
      value: m.value,
      qualifier: m.qualifier,
      confidence: m.confidence,
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** An era's bound: a milestone's date, the strategic plan's launch, or the present. */
export type EraBound = `milestone:${string}` | 'plan-launch' | 'present';

export interface EraDefinition {
  id: string;
  from: EraBound;
  to: EraBound;
}

export interface EraSpan {
  id: string;
  start: Date;
  end: Date;
}

export interface EraContext {
  milestones: readonly { id: string; year: number; date: string | null }[];
  planLaunch: string;
  present: Date;
}

export function resolveEras(eras: readonly EraDefinition[], context: EraContext): EraSpan[] {
  const resolve = (bound: EraBound, eraId: string): Date => {
    if (bound === 'present') return context.present;
    if (bound === 'plan-launch') return startOf(context.planLaunch);
    const id = bound.slice('milestone:'.length);
    const milestone = context.milestones.find((m) => m.id === id);
    if (!milestone)
      throw new Error(`Era "${eraId}" is bounded by milestone "${id}", which is not in the data`);
    return startOf(milestone.date ?? String(milestone.year));
  };
  return eras.map((era) => {
    const start = resolve(era.from, era.id);
    const end = resolve(era.to, era.id);
    if (end <= start) throw new Error(`Era "${era.id}" ends before it starts`);
    return { id: era.id, start, end };
  });
}

export interface TimeDomain {
  start: Date;
  present: Date;
  horizon: Date;
}

/**
 * A time scale over [start, present] and on to the horizon. `presentShare` is
 * the part of the width the past takes (e.g. 0.85); the years to come share
 * the rest, so widening the horizon is one number to interpolate. The axis
 * labels are our own (yearTicks), so no calendar ticks are needed.
 */
export function timelineScale(
  domain: TimeDomain,
  width: number,
  presentShare: number,
): LinearScale {
  return linearScale(
    [domain.start, domain.present, domain.horizon],
    [0, width * presentShare, width],
  );
}

/** A count scale from zero (bars must start at zero) to a rounded maximum, drawn upward. */
export function countScale(max: number, bottom: number, top: number): LinearScale {
  return niceLinearScale([0, max], [bottom, top], 3);
}

/** A fractional year (2009.5) as a date. */
export function dateOfYear(year: number): Date {
  const whole = Math.floor(year);
  const start = new Date(whole, 0, 1).getTime();
  const end = new Date(whole + 1, 0, 1).getTime();
  return new Date(start + (year - whole) * (end - start));
}

/**
 * The years to label on the axis: in the past every 1, 2, 5 or 10 years,
 * whichever is the finest step that leaves `minGap` between labels; in the
 * years to come only decades and the horizon; then, left to right, any label
 * closer than `minGap` to the one before is dropped (the horizon is kept).
 */
export function yearTicks(x: (date: Date) => number, domain: TimeDomain, minGap: number): number[] {
  const first = domain.start.getFullYear();
  const present = domain.present.getFullYear();
  const horizon = domain.horizon.getFullYear() - 1;
  const spacing = (step: number) => x(new Date(first + step, 0, 1)) - x(new Date(first, 0, 1));
  const step = [1, 2, 5, 10].find((s) => spacing(s) >= minGap) ?? 10;
  const candidates: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= present; year += step)
    candidates.push(year);
  for (let year = Math.ceil((present + 1) / 10) * 10; year < horizon; year += 10)
    candidates.push(year);
  candidates.push(horizon);

  const kept: number[] = [];
  for (const year of candidates) {
    const position = x(new Date(year, 0, 1));
    const last = kept.at(-1);
    if (last !== undefined && position - x(new Date(last, 0, 1)) < minGap) {
      if (year === horizon) kept[kept.length - 1] = year;
      continue;
    }
    kept.push(year);
  }
  return kept;
}

/** Everything the timeline draws. */
export interface TimelineData {
  domain: TimeDomain;
  growth: GrowthPoint[];
  scholars: ScholarPoint[];
  eras: EraSpan[];
  milestones: {
    id: string;
    year: number;
    date: Date;
    title: string;
    kind: string;
    confidence: string;
  }[];
}
