/**
 * Reads the fact files in data/, checks each against its schema and all of them
 * against the rules that span files, and explains every problem by file,
 * record, field, what was expected and what was found. Runs in Node only (the
 * build, `npm run check:data`, the tests); nothing here ships to the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { FACT_FILES, type FactFile, type Dataset, type NeighborhoodProps } from './schema.ts';
import { placePoint } from '../src/lib/places.ts';

export const BOUNDARIES_FILE = 'neighborhoods.topo.json';

export interface DataProblem {
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record: string;
  /** A dotted path inside the record, e.g. "location.latitude". */
  field: string;
  expected: string;
  found: string;
}

export function formatProblem(p: DataProblem): string {
  return `data/${p.file}: record ${p.record}, field "${p.field}": expected ${p.expected}; found ${p.found}`;
}

export class DataError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `The data in data/ has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** The raw text of each file, or undefined where the file does not exist. */
export type DataTexts = Partial<Record<FactFile | typeof BOUNDARIES_FILE, string>>;

export function readDataTexts(dir: string): DataTexts {
  const texts: DataTexts = {};
  for (const file of [...Object.keys(FACT_FILES), BOUNDARIES_FILE] as (keyof DataTexts)[]) {
    try {
      texts[file] = readFileSync(join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return texts;
}

/** Validates the files in `dir` and returns the dataset, or throws a DataError. */
export function loadDataset(dir: string): Dataset {
  return validateData(readDataTexts(dir));
}

export function validateData(texts: DataTexts): Dataset {
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<FactFile, unknown>> = {};

  for (const [file, schema] of Object.entries(FACT_FILES) as [FactFile, v.GenericSchema][]) {
    const json = parseJson(file, texts[file], problems);
    if (json === undefined) continue;
    const result = v.safeParse(schema, json, { abortPipeEarly: true });
    if (result.success) parsed[file] = result.output;
    else problems.push(...result.issues.map((issue) => describeIssue(file, json, issue)));
  }
  const boundaries = parseBoundaries(texts[BOUNDARIES_FILE], problems);
  if (problems.length > 0) throw new DataError(problems);

  const facts = {
    schools: parsed['schools.json'] as Dataset['schools'],
    milestones: parsed['milestones.json'] as Dataset['milestones'],
    metrics: parsed['metrics.json'] as Dataset['metrics'],
    recognitions: parsed['recognitions.json'] as Dataset['recognitions'],
    organization: parsed['organization.json'] as Dataset['organization'],
  };
  problems.push(...crossFileProblems(facts));
  const places = placeSchools(facts.schools, boundaries!, problems);
  if (problems.length > 0) throw new DataError(problems);
  return { ...facts, places };
}

function parseJson(file: string, text: string | undefined, problems: DataProblem[]): unknown {
  const whole = { file, record: '(whole file)', field: '(none)' };
  if (text === undefined) {
    problems.push({ ...whole, expected: 'the file to exist', found: 'no such file' });
    return undefined;
  }
  if (text.trim() === '') {
    problems.push({ ...whole, expected: 'JSON content', found: 'an empty file' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({
      ...whole,
      expected: 'valid JSON',
      found: describeJsonError(text, error as Error),
    });
    return undefined;
  }
}

/** Turns V8's "at position N" into a line and column a person can jump to. */
function describeJsonError(text: string, error: Error): string {
  const reason = error.message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '');
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return `invalid JSON (${reason})`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column} (${reason})`;
}

function describeIssue(file: FactFile, json: unknown, issue: v.BaseIssue<unknown>): DataProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const { record, fieldKeys } = locate(json, keys);
  const field = fieldKeys.length > 0 ? fieldKeys.join('.') : '(none)';

  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return {
      file,
      record,
      field,
      expected: 'no such field (it is not in the schema)',
      found: `an unknown field "${String(keys.at(-1))}"`,
    };
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined') {
    return {
      file,
      record,
      field,
      expected: `the field "${String(keys.at(-1))}"`,
      found: 'it missing',
    };
  }
  const expected = issue.kind === 'schema' ? describeExpectedType(issue.expected) : issue.message;
  return { file, record, field, expected, found: describeValue(valueAt(json, keys)) };
}

/**
 * Which record a path points into: an entry of a list file, a listed entry with
 * an id inside organization.json (a leader), or the organization itself.
 */
function locate(
  json: unknown,
  keys: (string | number)[],
): { record: string; fieldKeys: (string | number)[] } {
  if (keys.length === 0) return { record: '(whole file)', fieldKeys: [] };
  if (Array.isArray(json)) {
    return {
      record: recordName(json[keys[0] as number], keys[0] as number),
      fieldKeys: keys.slice(1),
    };
  }
  const at = keys.findIndex((key, i) => typeof key === 'number' && i > 0);
  if (at > 0) {
    const list = keys.slice(0, at).join('.');
    return {
      record: recordName(valueAt(json, keys.slice(0, at + 1)), keys[at] as number, list),
      fieldKeys: keys.slice(at + 1),
    };
  }
  return { record: '(organization)', fieldKeys: keys };
}

function recordName(record: unknown, index: number, list?: string): string {
  const id = (record as { id?: unknown } | null)?.id;
  const position = list ? `${list} #${index + 1}` : `#${index + 1}`;
  return typeof id === 'string' && id !== '' ? `"${id}" (${position})` : position;
}

function describeExpectedType(expected: string | null): string {
  if (!expected) return 'a valid value';
  if (expected.includes('|')) return `one of ${expected.replace(/^\((.*)\)$/, '$1')}`;
  expected = expected.toLowerCase();
  const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
  return /^[a-z]+$/.test(expected) ? `${article} ${expected}` : expected;
}

function valueAt(json: unknown, keys: (string | number)[]): unknown {
  let value: unknown = json;
  for (const key of keys) value = (value as Record<string | number, unknown> | null)?.[key];
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the ${value === '' ? 'empty ' : ''}text ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Rules that a single file's schema cannot see. */
export function crossFileProblems(facts: Omit<Dataset, 'places'>): DataProblem[] {
  const problems: DataProblem[] = [];
  const { schools, milestones, metrics, recognitions, organization } = facts;

  const lists: [FactFile, string | undefined, { id: string }[]][] = [
    ['schools.json', undefined, schools],
    ['milestones.json', undefined, milestones],
    ['metrics.json', undefined, metrics],
    ['recognitions.json', undefined, recognitions],
    ['organization.json', 'leaders', organization.leaders],
  ];
  for (const [file, list, records] of lists) {
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      const earlier = seen.get(record.id);
      if (earlier !== undefined) {
        problems.push({
          file,
          record: recordName(record, index, list),
          field: 'id',
          expected: 'an id no other record in the file uses',
          found: `the id of record #${earlier + 1} again`,
        });
      } else seen.set(record.id, index);
    });
  }

  const schoolIds = new Set(schools.map((s) => s.id));
  const referencing: [FactFile, { id: string; schoolIds: string[] }[]][] = [
    ['milestones.json', milestones],
    ['recognitions.json', recognitions],
  ];
  for (const [file, records] of referencing) {
    records.forEach((record, index) => {
      record.schoolIds.forEach((id, position) => {
        if (!schoolIds.has(id)) {
          problems.push({
            file,
            record: recordName(record, index),
            field: `schoolIds.${position}`,
            expected: 'the id of a school in data/schools.json',
            found: `the unknown school id "${id}"`,
          });
        }
      });
    });
  }

  recognitions.forEach((r, index) => {
    if (r.scope === 'school' && r.schoolIds.length === 0) {
      problems.push({
        file: 'recognitions.json',
        record: recordName(r, index),
        field: 'schoolIds',
        expected: 'at least one school for a school-level recognition',
        found: 'an empty list',
      });
    }
  });

  schools.forEach((s, index) => {
    if (s.opened && s.closed && s.closed <= s.opened) {
      problems.push({
        file: 'schools.json',
        record: recordName(s, index),
        field: 'closed',
        expected: `a closing date after the opening date ${s.opened}`,
        found: s.closed,
      });
    }
  });

  organization.leaders.forEach((l, index) => {
    if (l.start && l.end && l.end < l.start) {
      problems.push({
        file: 'organization.json',
        record: recordName(l, index, 'leaders'),
        field: 'end',
        expected: `an end no earlier than the start ${l.start}`,
        found: l.end,
      });
    }
  });

  const dated: [FactFile, string, { id: string; year: number }[], (r: never) => string | null][] = [
    ['milestones.json', 'date', milestones, (m: (typeof milestones)[number]) => m.date],
    ['recognitions.json', 'date', recognitions, (r: (typeof recognitions)[number]) => r.date],
    ['metrics.json', 'asOf', metrics, (m: (typeof metrics)[number]) => m.asOf],
  ];
  for (const [file, field, records, dateOf] of dated) {
    records.forEach((record, index) => {
      const date = dateOf(record as never);
      if (date && Number(date.slice(0, 4)) !== record.year) {
        problems.push({
          file,
          record: recordName(record, index),
          field,
          expected: `a date in the record's year ${record.year}`,
          found: date,
        });
      }
    });
  }

  const counted = schools.filter((s) => s.countedIn2024);
  const { headline } = organization;
  const tallies: [string, number, number][] = [
    ['headline.schools.value', headline.schools.value, counted.length],
    [
      'headline.highSchools',
      headline.highSchools,
      counted.filter((s) => s.level === 'high').length,
    ],
    [
      'headline.middleSchools',
      headline.middleSchools,
      counted.filter((s) => s.level === 'middle').length,
    ],
  ];
  for (const [field, stated, listed] of tallies) {
    if (stated !== listed) {
      problems.push({
        file: 'organization.json',
        record: '(organization)',
        field,
        expected: `the number of matching schools marked countedIn2024 in data/schools.json (${listed})`,
        found: `number ${stated}`,
      });
    }
  }
  return problems;
}

type Neighborhoods = FeatureCollection<MultiPolygon, NeighborhoodProps>;

function parseBoundaries(
  text: string | undefined,
  problems: DataProblem[],
): Neighborhoods | undefined {
  const json = parseJson(BOUNDARIES_FILE, text, problems) as Topology | undefined;
  if (json === undefined) return undefined;
  const object = json.objects?.neighborhoods as GeometryCollection<NeighborhoodProps> | undefined;
  if (json.type !== 'Topology' || object?.type !== 'GeometryCollection' || !json.objects?.regions) {
    problems.push({
      file: BOUNDARIES_FILE,
      record: '(whole file)',
      field: 'objects',
      expected: 'a TopoJSON Topology with "neighborhoods" and "regions" GeometryCollections',
      found: describeValue(json.objects ?? json.type),
    });
    return undefined;
  }
  object.geometries.forEach((geometry, index) => {
    const p = geometry.properties as Partial<NeighborhoodProps> | undefined;
    for (const key of ['name', 'slug', 'region'] as const) {
      if (typeof p?.[key] !== 'string' || p[key] === '') {
        problems.push({
          file: BOUNDARIES_FILE,
          record: `neighborhood #${index + 1}`,
          field: `properties.${key}`,
          expected: 'non-empty text',
          found: describeValue(p?.[key]),
        });
      }
    }
  });
  return feature(json, object) as Neighborhoods;
}

/** Each mapped school's neighborhood and region, computed from its coordinates. */
function placeSchools(
  schools: Dataset['schools'],
  neighborhoods: Neighborhoods,
  problems: DataProblem[],
): Dataset['places'] {
  const places: Dataset['places'] = {};
  schools.forEach((school, index) => {
    if (!school.location) return;
    const { longitude, latitude } = school.location;
    const matches = placePoint(neighborhoods, [longitude, latitude]);
    if (matches.length === 1) {
      const { name, slug, region } = matches[0]!;
      places[school.id] = { neighborhood: name, neighborhoodSlug: slug, region };
    } else {
      problems.push({
        file: 'schools.json',
        record: recordName(school, index),
        field: 'location',
        expected: `a point inside exactly one neighborhood of data/${BOUNDARIES_FILE}`,
        found:
          matches.length === 0
            ? `a point in none (${latitude}, ${longitude})`
            : `a point in ${matches.length}: ${matches.map((m) => m.name).join(', ')}`,
      });
    }
  });
  return places;
}
