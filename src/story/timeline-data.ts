/** Everything the timeline draws, derived once from data/. */
import { metrics, milestones, organization, schools } from '../../data/index.ts';
import { startOf } from '../lib/dates.ts';
import {
  growthSeries,
  resolveEras,
  scholarSeries,
  type TimeDomain,
  type TimelineData,
} from '../lib/timeline.ts';
import { eras } from './eras.ts';
import { HORIZON_YEAR } from './horizon.ts';

const firstYear = Math.min(...milestones.map((m) => m.year));
const lastYear = Math.max(...milestones.map((m) => m.year));

/** The past runs to the end of the latest dated fact's year; the horizon to the end of HORIZON_YEAR. */
const domain: TimeDomain = {
  start: new Date(firstYear, 0, 1),
  present: new Date(lastYear + 1, 0, 1),
  horizon: new Date(HORIZON_YEAR + 1, 0, 1),
};

export const timelineData: TimelineData = {
  domain,
  // The network's 2023-24 count vouches for one school no source dates: it shows in the fall of 2023.
  growth: growthSeries(
    schools,
    organization.founded.year,
    lastYear,
    Number(organization.headline.schoolYear.slice(0, 4)),
  ),
  scholars: scholarSeries(metrics),
  eras: resolveEras(eras, {
    milestones,
    planLaunch: organization.strategicPlan.launched,
    present: domain.present,
  }),
  milestones: milestones.map((m) => ({
    id: m.id,
    year: m.year,
    date: startOf(m.date ?? String(m.year)),
    title: m.title,
    kind: m.kind,
    confidence: m.confidence,
  })),
};
