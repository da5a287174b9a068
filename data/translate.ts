/**
 * Another edition's words for the text inside the data records (milestone
 * titles, recognition summaries, the plan's values…), laid over the validated
 * facts. The figures, dates, names and sources stay as data/ has them; only
 * the fields listed here change. A missing, empty or misshapen translation is
 * a data problem naming the copy file, the record and the field.
 */
import type { Dataset } from './schema.ts';
import { DataError, type DataProblem } from './validate.ts';

/** The fields each file's records carry in words. */
const RECORD_FIELDS = {
  milestones: ['title', 'summary'],
  metrics: ['description'],
  recognitions: ['bodyName', 'title', 'summary'],
} as const;

/** The organization's worded parts, by path; each keeps its shape (lists as long, the same keys). */
const ORGANIZATION_PATHS = [
  'headline.communities',
  'headline.recognizedBy',
  'strategicPlan.stakeholders.activities',
  'strategicPlan.stakeholders.groups',
  'strategicPlan.phases',
  'strategicPlan.values',
  'strategicPlan.communityIdeas',
  'strategicPlan.guidingQuestion',
  'strategicPlan.motto',
];

type Json = unknown;

const at = (value: Json, path: string): Json =>
  path
    .split('.')
    .reduce<Json>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined,
      value,
    );

const describe = (value: Json): string =>
  value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : JSON.stringify(value);

/**
 * `original` with every string replaced by the string at the same place in
 * `translated`; a place without one is reported and keeps the original.
 */
function overlay(
  original: Json,
  translated: Json,
  where: Omit<DataProblem, 'expected' | 'found'>,
  problems: DataProblem[],
): Json {
  if (typeof original === 'string') {
    if (typeof translated === 'string' && translated.trim() !== '') return translated;
    problems.push({ ...where, expected: 'the text in this edition', found: describe(translated) });
    return original;
  }
  if (Array.isArray(original)) {
    if (!Array.isArray(translated) || translated.length !== original.length) {
      problems.push({
        ...where,
        expected: `a list of ${original.length}, in the order of the facts`,
        found: Array.isArray(translated) ? `a list of ${translated.length}` : describe(translated),
      });
      return original;
    }
    return original.map((item, i) =>
      overlay(item, translated[i], { ...where, field: `${where.field}.${i}` }, problems),
    );
  }
  if (original && typeof original === 'object') {
    const result: Record<string, Json> = {};
    for (const [key, value] of Object.entries(original))
      result[key] = overlay(
        value,
        at(translated, key),
        { ...where, field: `${where.field}.${key}` },
        problems,
      );
    return result;
  }
  return original;
}

/** The dataset in another edition's words; throws DataError listing every gap. */
export function translateDataset(dataset: Dataset, records: Json, file: string): Dataset {
  const problems: DataProblem[] = [];
  const translated = structuredClone(dataset);

  for (const [name, fields] of Object.entries(RECORD_FIELDS) as [
    keyof typeof RECORD_FIELDS,
    readonly string[],
  ][]) {
    for (const record of translated[name] as unknown as Record<string, Json>[]) {
      const words = at(records, `${name}.${String(record.id)}`);
      for (const field of fields)
        record[field] = overlay(
          record[field],
          at(words, field),
          { file, record: `records.${name}.${String(record.id)}`, field },
          problems,
        );
    }
  }

  for (const leader of translated.organization.leaders) {
    const role = at(records, `organization.leaders.${leader.id}.role`);
    leader.role = overlay(
      leader.role,
      role,
      { file, record: `records.organization.leaders.${leader.id}`, field: 'role' },
      problems,
    ) as string;
  }

  const organization = translated.organization as unknown as Record<string, Json>;
  for (const path of ORGANIZATION_PATHS) {
    const keys = path.split('.');
    const parent = at(organization, keys.slice(0, -1).join('.')) as Record<string, Json>;
    parent[keys.at(-1)!] = overlay(
      at(organization, path),
      at(records, `organization.${path}`),
      { file, record: 'records.organization', field: path },
      problems,
    );
  }

  if (problems.length > 0) throw new DataError(problems);
  return translated;
}
