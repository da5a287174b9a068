/**
 * The shape of every fact file in data/, one valibot schema per file, and the
 * TypeScript types the app uses, inferred from those schemas.
 * Cross-file rules (unique ids, references, date order) live in validate.ts.
 */
import * as v from 'valibot';

/** The years a dated fact may carry: the founding year's prelude to the plan's horizon. */
export const YEAR_MIN = 2003;
export const YEAR_MAX = 2044;

/**
 * Los Angeles County's bounding box (WGS84), taken outward from the neighborhood
 * boundaries' own bbox and stretched south to San Clemente Island, which the
 * county includes but the boundaries leave out.
 */
export const LA_COUNTY_BOUNDS = {
  west: -118.95,
  east: -117.64,
  south: 32.79,
  north: 34.83,
} as const;

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase id such as "gertz-ressler"'),
);

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('non-empty text'));

const Url = v.pipe(
  v.string(),
  v.url('a well-formed URL'),
  v.regex(/^https?:\/\//, 'an http(s) URL'),
);

/** Every fact names where it comes from: at least one URL. */
const Sources = v.pipe(v.array(Url), v.minLength(1, 'at least one source URL'));

export const Confidence = v.picklist(['verified', 'corroborated', 'uncertain']);

const Year = v.pipe(
  v.number(),
  v.integer('a whole year'),
  v.minValue(YEAR_MIN, `a year from ${YEAR_MIN}`),
  v.maxValue(YEAR_MAX, `a year up to ${YEAR_MAX}`),
);

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** A calendar date, YYYY-MM-DD, that exists and falls within the story's years. */
const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  v.check(isRealDate, 'a date that exists on the calendar'),
  v.check(
    (s) => yearOf(s) >= YEAR_MIN && yearOf(s) <= YEAR_MAX,
    `a date between ${YEAR_MIN} and ${YEAR_MAX}`,
  ),
);

/** A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD. */
const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'a date that exists on the calendar'),
  v.check(
    (s) => yearOf(s) >= YEAR_MIN && yearOf(s) <= YEAR_MAX,
    `a date between ${YEAR_MIN} and ${YEAR_MAX}`,
  ),
);

const Sourced = {
  sources: Sources,
  confidence: Confidence,
  /** Why the confidence is what it is, or what the sources disagree on. */
  note: v.optional(Text),
};

const FormerName = v.strictObject({
  name: Text,
  ...Sourced,
});

const Grades = v.pipe(
  v.string(),
  v.regex(/^(?:[6-9]|1[0-2])-(?:[6-9]|1[0-2])$/, 'a grade span such as "9-12"'),
  v.check((s) => {
    const [low, high] = s.split('-').map(Number);
    return low! < high!;
  }, 'a grade span whose first grade is below its last'),
);

const Location = v.strictObject({
  latitude: v.pipe(
    v.number(),
    v.minValue(
      LA_COUNTY_BOUNDS.south,
      `a latitude inside Los Angeles County (≥ ${LA_COUNTY_BOUNDS.south})`,
    ),
    v.maxValue(
      LA_COUNTY_BOUNDS.north,
      `a latitude inside Los Angeles County (≤ ${LA_COUNTY_BOUNDS.north})`,
    ),
  ),
  longitude: v.pipe(
    v.number(),
    v.minValue(
      LA_COUNTY_BOUNDS.west,
      `a longitude inside Los Angeles County (≥ ${LA_COUNTY_BOUNDS.west})`,
    ),
    v.maxValue(
      LA_COUNTY_BOUNDS.east,
      `a longitude inside Los Angeles County (≤ ${LA_COUNTY_BOUNDS.east})`,
    ),
  ),
  /** Where the coordinates come from (a CDE record, for every school that has them). */
  source: Text,
});

export const SchoolSchema = v.strictObject({
  id: Id,
  /** The name the network uses today. */
  name: Text,
  /** The state directory's record name, when it differs or is shared by a 6-12 complex. */
  officialName: v.nullable(Text),
  shortName: Text,
  level: v.picklist(['high', 'middle']),
  /** The 6-12 complex this school is one half of, if any. */
  complex: v.nullable(Text),
  grades: Grades,
  street: v.nullable(Text),
  city: Text,
  zip: v.nullable(
    v.pipe(v.string(), v.regex(/^\d{5}(?:-\d{4})?$/, 'a ZIP code such as "90007" or "90007-1326"')),
  ),
  cdsCode: v.nullable(v.pipe(v.string(), v.regex(/^\d{14}$/, 'a 14-digit CDS code'))),
  /** Null when no source gives the campus's coordinates: listed, not mapped. */
  location: v.nullable(Location),
  opened: v.nullable(IsoDate),
  closed: v.nullable(IsoDate),
  /** Counted among the network's 26 schools of 2023-24. */
  countedIn2024: v.boolean(),
  formerNames: v.array(FormerName),
  /** A neighborhood label from a source; only a cross-check for the computed neighborhood. */
  neighborhoodLabel: v.nullable(
    v.strictObject({
      label: Text,
      ...Sourced,
    }),
  ),
  website: v.nullable(Url),
  ...Sourced,
});

export const SchoolsSchema = v.array(SchoolSchema);

export const MilestoneSchema = v.strictObject({
  id: Id,
  year: Year,
  date: v.nullable(PartialDate),
  kind: v.picklist([
    'founding',
    'opening',
    'closing',
    'leadership',
    'funding',
    'recognition',
    'results',
    'community',
    'strategy',
    'anniversary',
  ]),
  title: Text,
  /** One or two plain sentences in the story's own words. */
  summary: Text,
  schoolIds: v.array(Id),
  ...Sourced,
});

export const MilestonesSchema = v.array(MilestoneSchema);

export const MetricSchema = v.strictObject({
  id: Id,
  metric: v.picklist([
    'schools',
    'students',
    'graduates',
    'collegeBoundGraduates',
    'lowIncomeShare',
    'nonNativeEnglishShare',
    'hsGraduationRate',
    'hsGraduationRate4yr',
    'collegeAcceptance',
    'collegeCompletion6yr',
    'principalsOfColor',
  ]),
  year: Year,
  /** The day, month or year the figure describes, as precisely as the source gives it. */
  asOf: v.nullable(PartialDate),
  value: v.pipe(v.number(), v.minValue(0, 'a figure of zero or more')),
  unit: v.picklist(['schools', 'campuses', 'students', 'scholars', 'graduates', 'percent']),
  /** How the source rounds it: "nearly 12,500", "over 250". */
  qualifier: v.nullable(v.picklist(['nearly', 'over', 'about'])),
  /** What exactly is counted, in the story's own words. */
  description: Text,
  ...Sourced,
});

export const MetricsSchema = v.array(MetricSchema);

export const RecognitionBody = v.picklist([
  'us-department-of-education',
  'california-department-of-education',
  'usc-rossier',
  'us-news',
  'stanford-credo',
  'other',
]);

export const RecognitionSchema = v.strictObject({
  id: Id,
  year: Year,
  date: v.nullable(PartialDate),
  body: RecognitionBody,
  /** The awarding body's name as written for readers. */
  bodyName: Text,
  title: Text,
  /** A school-level honour, or one about the network as a whole (a study, a grant). */
  scope: v.picklist(['school', 'network']),
  schoolIds: v.array(Id),
  /** What the recognition means, in one plain line. */
  summary: Text,
  ...Sourced,
});

export const RecognitionsSchema = v.array(RecognitionSchema);

const Leader = v.strictObject({
  id: Id,
  name: Text,
  role: Text,
  start: v.nullable(PartialDate),
  end: v.nullable(PartialDate),
  ...Sourced,
});

const Counted = v.strictObject({
  value: v.pipe(v.number(), v.minValue(0, 'a figure of zero or more')),
  qualifier: v.nullable(v.picklist(['nearly', 'over', 'about'])),
});

export const OrganizationSchema = v.strictObject({
  name: Text,
  formerNames: v.array(FormerName),
  founded: v.strictObject({ year: Year, ...Sourced }),
  /** The figures the network states about itself in its 20th year. */
  headline: v.strictObject({
    /** The school year the figures describe. */
    schoolYear: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'a school year such as "2023-24"')),
    founded: Year,
    schools: Counted,
    highSchools: v.pipe(v.number(), v.integer()),
    middleSchools: v.pipe(v.number(), v.integer()),
    scholars: Counted,
    communities: v.array(Text),
    recognizedBy: v.array(Text),
    ...Sourced,
  }),
  leaders: v.array(Leader),
  strategicPlan: v.strictObject({
    name: Text,
    launched: PartialDate,
    stakeholders: v.strictObject({
      ...Counted.entries,
      activities: v.array(Text),
      groups: v.array(Text),
    }),
    phases: v.array(v.strictObject({ name: Text, period: Text, summary: Text })),
    values: v.array(Text),
    communityIdeas: v.array(Text),
    guidingQuestion: Text,
    motto: Text,
    ...Sourced,
  }),
});

export type Confidence = v.InferOutput<typeof Confidence>;
export type School = v.InferOutput<typeof SchoolSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type Metric = v.InferOutput<typeof MetricSchema>;
export type Recognition = v.InferOutput<typeof RecognitionSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;

/** The fact files and the schema each must match. */
export const FACT_FILES = {
  'schools.json': SchoolsSchema,
  'milestones.json': MilestonesSchema,
  'metrics.json': MetricsSchema,
  'recognitions.json': RecognitionsSchema,
  'organization.json': OrganizationSchema,
} as const;

export type FactFile = keyof typeof FACT_FILES;

/** The properties each neighborhood carries in data/neighborhoods.topo.json. */
export type NeighborhoodProps = {
  name: string;
  slug: string;
  region: string;
  type: 'segment-of-a-city' | 'standalone-city' | 'unincorporated-area';
};

/** Where a school stands, computed from its coordinates against the boundaries. */
export interface Place {
  neighborhood: string;
  neighborhoodSlug: string;
  region: string;
}

/** Everything the app reads from data/, validated. */
export interface Dataset {
  schools: School[];
  milestones: Milestone[];
  metrics: Metric[];
  recognitions: Recognition[];
  organization: Organization;
  /** School id → computed place, for every school with coordinates. */
  places: Record<string, Place>;
}
