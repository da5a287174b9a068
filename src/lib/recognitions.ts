/**
 * Recognitions grouped, filtered, counted and summed up in words (pure, no
 * DOM). Every count on screen is computed here from the records.
 */
import { ascending } from 'd3';
import { fill, listOf, plural, type PluralForms } from './format.ts';
import { LOCALE } from './locale.ts';

export interface RecognitionLike {
  id: string;
  year: number;
  body: string;
  bodyName: string;
  title: string;
  scope: 'school' | 'network';
  schoolIds: readonly string[];
  confidence: 'verified' | 'corroborated' | 'uncertain';
}

export interface BodyRow<R extends RecognitionLike> {
  body: string;
  records: R[];
}

/** One row per body, in the order given, including bodies with no record (an empty row). */
export function groupByBody<R extends RecognitionLike>(
  records: readonly R[],
  bodies: readonly string[],
): BodyRow<R>[] {
  return bodies.map((body) => ({
    body,
    records: records
      .filter((r) => r.body === body)
      // Ids are ASCII slugs: compared as text, with no collator to start (tens of ms on a slow phone).
      .sort((a, b) => a.year - b.year || ascending(a.id, b.id)),
  }));
}

export interface RecognitionFilter {
  body: string | null;
  school: string | null;
  from: number | null;
  to: number | null;
}

export const NO_FILTER: RecognitionFilter = { body: null, school: null, from: null, to: null };

export function filterRecognitions<R extends RecognitionLike>(
  records: readonly R[],
  filter: RecognitionFilter,
): R[] {
  return records.filter(
    (r) =>
      (filter.body === null || r.body === filter.body) &&
      (filter.school === null || r.schoolIds.includes(filter.school)) &&
      (filter.from === null || r.year >= filter.from) &&
      (filter.to === null || r.year <= filter.to),
  );
}

/** How many different schools the records name (a school named twice counts once). */
export function schoolsNamed(records: readonly RecognitionLike[]): number {
  return new Set(records.flatMap((r) => r.schoolIds)).size;
}

export interface SummaryWords {
  none: string;
  recognitions: PluralForms;
  bodies: PluralForms;
  schools: PluralForms;
  span: string;
  sentence: string;
  named: PluralForms;
}

/**
 * The filtered records in one sentence: "13 recognitions from 5 bodies,
 * 2009–2024, naming 12 schools."
 */
export function summarize(records: readonly RecognitionLike[], words: SummaryWords): string {
  if (records.length === 0) return words.none;
  const years = records.map((r) => r.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return fill(words.sentence, {
    recognitions: plural(records.length, words.recognitions),
    bodies: plural(new Set(records.map((r) => r.bodyName)).size, words.bodies),
    span: from === to ? String(from) : fill(words.span, { from: String(from), to: String(to) }),
    schools: plural(schoolsNamed(records), words.schools),
  });
}

/** A school-level record in words: "7 schools named California Distinguished Schools in 2024". */
export function namedSentence(record: RecognitionLike, words: SummaryWords): string | null {
  if (record.scope !== 'school') return null;
  return plural(record.schoolIds.length, words.named, {
    title: record.title,
    year: String(record.year),
  });
}

/** The list of names for a record's schools, as a reader would say it. */
export function schoolNames(
  record: RecognitionLike,
  nameOf: (id: string) => string,
  locale = LOCALE,
): string {
  return listOf(record.schoolIds.map(nameOf), locale);
}
