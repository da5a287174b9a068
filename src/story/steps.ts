/**
 * The story as data: one array of steps that the scroll story, the slides and
 * the embeds all walk. Each step names the facts it speaks of; its words are
 * in data/copy/<lang>.json with {placeholders} filled from those facts here.
 */
import { organization, places, schools } from '../../data/index.ts';
import { formatPartialDate, openOn, schoolYearOf, startOf } from '../lib/dates.ts';
import { fill, formatPercent, listOf } from '../lib/format.ts';
import { schoolsNamed } from '../lib/recognitions.ts';
import { campuses } from './campus-data.ts';
import { HORIZON_YEAR } from './horizon.ts';
import { shownRecognitions } from './recognition-data.ts';
import { leader, metric, milestone, recognition, school } from './facts.ts';

export type ChapterId =
  'beginnings' | 'growth' | 'recognized' | 'harder-years' | 'reimagine' | 'next-twenty';

/** What the graphics show for a step. */
export interface StepState {
  /** The year in view: the timeline's marker sits on it. */
  year: number;
  /** Milestones to highlight and label. */
  milestoneIds: readonly string[];
  eraId: string | null;
  /** Opens the years to come on the timeline. */
  horizon: boolean;
  /** A map region to zoom to (a region name of data/neighborhoods.topo.json). */
  region: string | null;
  /** Schools to highlight. */
  schoolIds: readonly string[];
  /** A recognition body to filter by. */
  recognitionBody: string | null;
}

/** Which graphic a step shows. */
export type GraphicId = 'timeline' | 'map' | 'recognitions';

export interface StepDefinition {
  id: string;
  chapter: ChapterId;
  /** The timeline unless said otherwise. */
  graphic?: GraphicId;
  /** Unset fields are resolved from the step's milestones (see resolveState). */
  state: Partial<StepState>;
  /** Values for the copy's placeholders, computed from data. */
  values: () => Record<string, string | number>;
  /** Sources besides those of the step's milestones. */
  sources?: () => readonly string[];
}

export interface StepCopy {
  heading: string;
  text: string;
  figure?: { value: string; label: string };
  alt: string;
  note: string;
}

export interface Step extends StepCopy {
  id: string;
  chapter: ChapterId;
  graphic: GraphicId;
  /** True on the first step of its chapter, where the chapter title is shown. */
  opensChapter: boolean;
  state: StepState;
  sources: readonly string[];
}

type MilestoneLookup = (id: string) => { year: number; schoolIds: readonly string[] };

/**
 * Fills in what a step leaves out: the year of its latest milestone, the
 * schools those milestones name, and empty highlights otherwise.
 */
export function resolveState(state: Partial<StepState>, lookup: MilestoneLookup): StepState {
  const named = (state.milestoneIds ?? []).map(lookup);
  const year = state.year ?? (named.length > 0 ? Math.max(...named.map((m) => m.year)) : undefined);
  if (year === undefined) throw new Error('A step needs a year or at least one milestone');
  return {
    year,
    milestoneIds: state.milestoneIds ?? [],
    eraId: state.eraId ?? null,
    horizon: state.horizon ?? false,
    region: state.region ?? null,
    schoolIds: state.schoolIds ?? [...new Set(named.flatMap((m) => m.schoolIds))],
    recognitionBody: state.recognitionBody ?? null,
  };
}

const y = (year: number) => String(year);
const openedIn = (year: number) => schools.filter((s) => s.opened?.startsWith(`${year}-`));
const openInFall = (year: number) => openOn(schools, new Date(year, 9, 1)).length;
const names = (ids: readonly string[]) => listOf(ids.map((id) => school(id).name));
/** Campuses open in a fall, in one region. */
const campusesIn = (region: string, year: number) =>
  openOn(campuses, new Date(year, 9, 1)).filter((c) => c.region === region);
/** The neighborhoods of some campuses, the most-used first. */
const neighborhoodsOf = (list: readonly { neighborhood: string }[], most = 4) => {
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.neighborhood, (counts.get(c.neighborhood) ?? 0) + 1);
  return listOf(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, most)
      .map(([name]) => name),
  );
};
/** The recognitions chapter is about the honours, not a year: the timeline's marker stays at the last openings. */
const HONOURS_YEAR = milestone('2015-last-campuses-open').year;
const HARBOR = 'Harbor';
const SOUTH_LA = 'South L.A.';
const SOUTHEAST = 'Southeast';
const EASTSIDE = 'Eastside';
const VALLEY = 'San Fernando Valley';

export { HORIZON_YEAR };

const growthMilestones = [
  '2010-two-schools-open',
  '2011-two-schools-open',
  '2012-two-schools-open-one-closes',
  '2013-middle-academy-12-opens',
  '2014-four-schools-open',
];

export const stepDefinitions: readonly StepDefinition[] = [
  {
    id: 'founding-leader',
    chapter: 'beginnings',
    state: { milestoneIds: ['2003-burton-founding-leader'] },
    values: () => ({
      year: y(milestone('2003-burton-founding-leader').year),
      leader: leader('judy-ivie-burton').name,
      firstYear: y(organization.headline.founded),
    }),
  },
  {
    id: 'first-school',
    chapter: 'beginnings',
    graphic: 'map',
    state: { milestoneIds: ['2004-first-school-opens'], eraId: 'first-schools' },
    values: () => ({
      date: formatPartialDate(milestone('2004-first-school-opens').date!),
      students: metric('2004-students').value,
      school: school('gertz-ressler').name,
      principal: leader('howard-lappin').name,
    }),
    sources: () => metric('2004-students').sources,
  },
  {
    id: 'first-schools',
    chapter: 'growth',
    graphic: 'map',
    state: {
      milestoneIds: ['2005-three-schools-open', '2006-three-schools-open'],
      eraId: 'first-schools',
    },
    values: () => {
      const [first, second] = ['2005-three-schools-open', '2006-three-schools-open'].map(
        (id) => milestone(id).year,
      );
      return {
        opened2005: openedIn(first!).length,
        opened2006: openedIn(second!).length,
        year2005: y(first!),
        year2006: y(second!),
        middle: school('merkin').name,
        city: school('collins').city,
      };
    },
  },
  {
    id: 'growth-grant',
    chapter: 'growth',
    state: { milestoneIds: ['2007-10-million-growth-grant'], eraId: 'growth' },
    values: () => ({
      year: y(milestone('2007-10-million-growth-grant').year),
      title: milestone('2007-10-million-growth-grant').title,
      schools: metric('2007-schools').value,
      month: formatPartialDate(metric('2007-schools').asOf!.slice(0, 7)),
      students: metric('2007-students').value,
      chair: leader('richard-riordan').name,
    }),
    sources: () => [...metric('2007-schools').sources, ...leader('richard-riordan').sources],
  },
  {
    id: 'five-in-one-day',
    chapter: 'growth',
    graphic: 'map',
    state: { milestoneIds: ['2009-five-schools-open'], eraId: 'growth' },
    values: () => ({
      title: milestone('2009-five-schools-open').title,
      date: formatPartialDate(milestone('2009-five-schools-open').date!),
      opened: milestone('2009-five-schools-open').schoolIds.length,
      total: openInFall(2009),
    }),
  },
  {
    id: 'college-bound',
    chapter: 'growth',
    state: { milestoneIds: ['2010-graduates-college-bound'], eraId: 'growth' },
    values: () => {
      const graduates = metric('2010-graduates').value;
      const bound = metric('2010-college-bound-graduates').value;
      return {
        year: y(metric('2010-graduates').year),
        graduates,
        collegeBound: bound,
        share: formatPercent(bound / graduates),
        lowIncome: formatPercent(metric('2010-low-income-share').value / 100),
      };
    },
    sources: () => metric('2010-low-income-share').sources,
  },
  {
    id: 'growth-years',
    chapter: 'growth',
    state: { milestoneIds: growthMilestones, eraId: 'growth' },
    values: () => {
      const years = growthMilestones.map((id) => milestone(id).year);
      const opened = years.flatMap(openedIn);
      const regions = [
        ...new Set(opened.map((s) => places[s.id]?.region).filter((r) => r !== undefined)),
      ];
      return {
        from: y(years[0]!),
        to: y(years.at(-1)!),
        opened: opened.length,
        count: regions.length,
        regions: listOf(regions),
      };
    },
  },
  {
    id: 'south-la',
    chapter: 'growth',
    graphic: 'map',
    state: { year: milestone('2014-four-schools-open').year, region: SOUTH_LA, eraId: 'growth' },
    values: () => {
      const year = milestone('2014-four-schools-open').year;
      const here = campusesIn(SOUTH_LA, year);
      return {
        year: y(year),
        count: here.length,
        total: openInFall(year),
        region: SOUTH_LA,
        neighborhoods: neighborhoodsOf(here),
      };
    },
    sources: () => school('gertz-ressler').sources,
  },
  {
    id: 'southeast',
    chapter: 'growth',
    graphic: 'map',
    state: { year: milestone('2014-four-schools-open').year, region: SOUTHEAST, eraId: 'growth' },
    values: () => {
      const here = campusesIn(SOUTHEAST, milestone('2014-four-schools-open').year);
      return {
        region: SOUTHEAST,
        names: listOf(here.map((c) => c.name)),
        neighborhoods: neighborhoodsOf(here),
      };
    },
    sources: () => school('collins').sources,
  },
  {
    id: 'eastside',
    chapter: 'growth',
    graphic: 'map',
    state: { year: milestone('2014-four-schools-open').year, region: EASTSIDE, eraId: 'growth' },
    values: () => {
      const year = milestone('2014-four-schools-open').year;
      const here = campusesIn(EASTSIDE, year);
      return {
        year: y(year),
        region: EASTSIDE,
        count: here.length,
        names: listOf(here.map((c) => c.shortName)),
        neighborhoods: neighborhoodsOf(here),
      };
    },
    sources: () => school('stern').sources,
  },
  {
    id: 'harbor',
    chapter: 'growth',
    graphic: 'map',
    state: { year: milestone('2014-four-schools-open').year, region: HARBOR, eraId: 'growth' },
    values: () => {
      const [here] = campusesIn(HARBOR, milestone('2014-four-schools-open').year);
      if (!here) throw new Error('The harbor step needs a campus open in the Harbor region');
      return {
        region: HARBOR,
        name: here.name,
        neighborhood: here.neighborhood,
        opened: y(startOf(here.opened!).getFullYear()),
        closed: formatPartialDate(here.closed!.slice(0, 7)),
      };
    },
    sources: () => school('baxter').sources,
  },
  {
    id: 'last-openings',
    chapter: 'growth',
    graphic: 'map',
    state: {
      milestoneIds: ['2015-last-campuses-open', '2015-katzir-ceo-growth-pause'],
      eraId: 'growth',
      region: VALLEY,
    },
    values: () => ({
      year: y(milestone('2015-last-campuses-open').year),
      neighborhood: places['marine-innovation']?.neighborhood ?? school('marine-innovation').city,
      region: places['marine-innovation']?.region ?? '',
      leader: leader('dan-katzir').name,
      total: openInFall(2015),
    }),
  },
  {
    id: 'recognized-federal',
    chapter: 'recognized',
    graphic: 'recognitions',
    state: {
      milestoneIds: ['2011-blue-ribbon-gertz-ressler', '2020-blue-ribbon-burton-tech'],
      recognitionBody: 'us-department-of-education',
      year: HONOURS_YEAR,
    },
    values: () => {
      const [first, second] = ['rec-2011-blue-ribbon-gertz', 'rec-2020-blue-ribbon-burton'].map(
        recognition,
      );
      return {
        body: first!.bodyName,
        title: first!.title,
        school1: school(first!.schoolIds[0]!).name,
        year1: y(first!.year),
        school2: school(second!.schoolIds[0]!).name,
        year2: y(second!.year),
      };
    },
    sources: () => [
      ...recognition('rec-2011-blue-ribbon-gertz').sources,
      ...recognition('rec-2020-blue-ribbon-burton').sources,
    ],
  },
  {
    id: 'recognized-state',
    chapter: 'recognized',
    graphic: 'recognitions',
    state: {
      milestoneIds: ['2009-four-distinguished-schools', '2024-seven-distinguished-schools'],
      recognitionBody: 'california-department-of-education',
      year: HONOURS_YEAR,
    },
    values: () => {
      const [first, second] = ['rec-2009-cde-distinguished', 'rec-2024-cde-distinguished'].map(
        recognition,
      );
      return {
        body: first!.bodyName,
        title: first!.title,
        count1: first!.schoolIds.length,
        year1: y(first!.year),
        count2: second!.schoolIds.length,
        year2: y(second!.year),
        schools2: listOf(second!.schoolIds.map((id) => school(id).shortName)),
      };
    },
    sources: () => [
      ...recognition('rec-2009-cde-distinguished').sources,
      ...recognition('rec-2024-cde-distinguished').sources,
    ],
  },
  {
    id: 'recognized-usc',
    chapter: 'recognized',
    graphic: 'recognitions',
    state: { recognitionBody: 'usc-rossier', year: HONOURS_YEAR },
    values: () => ({
      body: recognition('rec-2012-usc-dashboard').bodyName,
      first: recognition('rec-2012-usc-dashboard').summary,
      second: recognition('rec-2013-usc-dashboard').summary,
    }),
    sources: () => [
      ...recognition('rec-2012-usc-dashboard').sources,
      ...recognition('rec-2013-usc-dashboard').sources,
    ],
  },
  {
    id: 'recognized-rankings',
    chapter: 'recognized',
    graphic: 'recognitions',
    state: { recognitionBody: 'us-news', year: HONOURS_YEAR },
    values: () => ({
      body: recognition('rec-2024-usnews').bodyName,
      latest: recognition('rec-2024-usnews').summary,
    }),
    sources: () => [
      ...recognition('rec-2023-usnews').sources,
      ...recognition('rec-2024-usnews').sources,
    ],
  },
  {
    id: 'recognized-study',
    chapter: 'recognized',
    graphic: 'recognitions',
    state: { recognitionBody: 'stanford-credo', year: HONOURS_YEAR },
    values: () => ({
      body: recognition('rec-2014-credo').bodyName,
      year: y(recognition('rec-2014-credo').year),
      summary: recognition('rec-2014-credo').summary,
    }),
    sources: () => recognition('rec-2014-credo').sources,
  },
  {
    id: 'recognized-all',
    chapter: 'recognized',
    graphic: 'recognitions',
    state: { year: HONOURS_YEAR },
    values: () => {
      const years = shownRecognitions.map((r) => r.year);
      return {
        count: shownRecognitions.length,
        bodies: new Set(shownRecognitions.map((r) => r.bodyName)).size,
        schools: schoolsNamed(shownRecognitions),
        from: y(Math.min(...years)),
        to: y(Math.max(...years)),
      };
    },
    sources: () => [...new Set(shownRecognitions.flatMap((r) => r.sources))],
  },
  {
    id: 'founder-remembered',
    chapter: 'harder-years',
    state: { milestoneIds: ['2017-judy-burton-dies'], eraId: 'pause' },
    values: () => ({
      date: formatPartialDate(milestone('2017-judy-burton-dies').date!),
      leader: leader('judy-ivie-burton').name,
    }),
  },
  {
    id: 'pandemic',
    chapter: 'harder-years',
    state: { milestoneIds: ['2020-covid-response', '2020-free-meals'], eraId: 'pandemic' },
    values: () => ({
      year: y(milestone('2020-free-meals').year),
      schoolYear: schoolYearOf(startOf(milestone('2020-free-meals').date!)),
      sites: metric('2020-schools').value,
      scholars: metric('2020-students').value,
      leader: leader('pablo-villavicencio').name,
    }),
    sources: () => metric('2020-students').sources,
  },
  {
    id: 'closures',
    chapter: 'harder-years',
    state: { milestoneIds: ['2021-two-schools-close'], eraId: 'pandemic' },
    values: () => ({
      title: milestone('2021-two-schools-close').title,
      date: formatPartialDate(milestone('2021-two-schools-close').date!.slice(0, 7)),
      schools: names(milestone('2021-two-schools-close').schoolIds),
      total: openInFall(milestone('2021-two-schools-close').year),
      year: y(milestone('2021-two-schools-close').year),
    }),
  },
  {
    id: 'new-leader',
    chapter: 'reimagine',
    state: { milestoneIds: ['2022-villavicencio-ceo'], eraId: 'pandemic' },
    values: () => ({
      date: formatPartialDate(leader('pablo-villavicencio').start!),
      leader: leader('pablo-villavicencio').name,
    }),
  },
  {
    id: 'listening',
    chapter: 'reimagine',
    state: { milestoneIds: ['2022-reimagine-alliance-begins'], eraId: 'reimagine' },
    values: () => {
      const { stakeholders, launched, name } = organization.strategicPlan;
      return {
        plan: name,
        launched: formatPartialDate(launched),
        stakeholders: stakeholders.value,
        activities: listOf(stakeholders.activities),
        groups: listOf(stakeholders.groups),
      };
    },
    sources: () => organization.strategicPlan.sources,
  },
  {
    id: 'values',
    chapter: 'reimagine',
    state: { milestoneIds: ['2022-reimagine-alliance-begins'], eraId: 'reimagine' },
    values: () => {
      const plan = organization.strategicPlan;
      return {
        values: listOf(plan.values),
        question: plan.guidingQuestion,
        ideas: listOf(plan.communityIdeas),
      };
    },
    sources: () => organization.strategicPlan.sources,
  },
  {
    id: 'twenty-years',
    chapter: 'reimagine',
    state: {
      milestoneIds: ['2024-twentieth-anniversary', '2025-tennenbaum-closes'],
      // The story speaks as of the 20th year, 2023-24 (its fall is the year in view);
      // the later closing is shown with its date.
      year: Number(organization.headline.schoolYear.slice(0, 4)),
      eraId: 'reimagine',
    },
    values: () => {
      const closing = milestone('2025-tennenbaum-closes');
      return {
        year: y(milestone('2024-twentieth-anniversary').year),
        schoolYear: organization.headline.schoolYear,
        anniversary:
          Number(organization.headline.schoolYear.slice(0, 4)) - organization.headline.founded + 1,
        schools: organization.headline.schools.value,
        high: organization.headline.highSchools,
        middle: organization.headline.middleSchools,
        scholars: organization.headline.scholars.value,
        closed: school(closing.schoolIds[0]!).name,
        closedDate: formatPartialDate(school(closing.schoolIds[0]!).closed!),
      };
    },
    sources: () => organization.headline.sources,
  },
  {
    id: 'next-twenty',
    chapter: 'next-twenty',
    state: { year: HORIZON_YEAR, horizon: true, eraId: 'reimagine' },
    values: () => {
      const action = organization.strategicPlan.phases.at(-1)!;
      return {
        horizon: y(HORIZON_YEAR),
        phase: action.name,
        period: action.period,
        motto: organization.strategicPlan.motto.split(';').at(-1)!.trim(),
      };
    },
    sources: () => organization.strategicPlan.sources,
  },
];

type CopySteps = Record<
  string,
  {
    heading: string;
    text: string;
    figure?: { value: string; label: string };
    alt: string;
    note: string;
  }
>;

/** The steps in one language: copy filled with values, states resolved, sources gathered. */
export function buildSteps(
  copy: CopySteps,
  definitions: readonly StepDefinition[] = stepDefinitions,
): Step[] {
  return definitions.map((definition, index) => {
    const words = copy[definition.id];
    if (!words) throw new Error(`The copy has no text for step "${definition.id}"`);
    const values = definition.values();
    const state = resolveState(definition.state, milestone);
    const sources = [
      ...new Set([
        ...state.milestoneIds.flatMap((id) => milestone(id).sources),
        ...(definition.sources?.() ?? []),
      ]),
    ];
    return {
      id: definition.id,
      chapter: definition.chapter,
      graphic: definition.graphic ?? 'timeline',
      opensChapter: index === 0 || definitions[index - 1]!.chapter !== definition.chapter,
      heading: fill(words.heading, values),
      text: fill(words.text, values),
      figure: words.figure && {
        value: fill(words.figure.value, values),
        label: fill(words.figure.label, values),
      },
      alt: fill(words.alt, values),
      note: fill(words.note, values),
      state,
      sources,
    };
  });
}
