/**
 * The campus table's rows and their order (pure, no DOM): one row per school,
 * its computed place, its address and how many recognitions name it, sortable
 * by name, neighborhood or opening date.
 */
import type { Place, School } from '../../data/schema.ts';
import { formatPartialDate } from './dates.ts';
import { LOCALE } from './locale.ts';

export type SortKey = 'name' | 'neighborhood' | 'opened';
/** The values of `aria-sort`, so the state can be written straight onto the header. */
export type SortDirection = 'ascending' | 'descending';

/** The facts of a school the table reads (a frozen record from data/index.ts fits). */
export interface SchoolFacts {
  readonly id: string;
  readonly name: string;
  readonly level: School['level'];
  readonly complex: string | null;
  readonly grades: string;
  readonly street: string | null;
  readonly city: string;
  readonly zip: string | null;
  readonly opened: string | null;
  readonly closed: string | null;
  readonly sources: readonly string[];
}

export interface RecognitionFacts {
  readonly schoolIds: readonly string[];
}

export interface CampusRow {
  id: string;
  name: string;
  level: School['level'];
  /** The 6-12 complex the school is one half of, if any. */
  complex: string | null;
  /** As the data writes it: "9-12". */
  grades: string;
  /** Computed from the coordinates; null for a school with none. */
  neighborhood: string | null;
  region: string | null;
  /** YYYY-MM-DD, or null when no source dates the opening. */
  opened: string | null;
  closed: string | null;
  /** `opened` as the edition writes it; `closed` to the month ("June 2021"). */
  openedText: string | null;
  closedText: string | null;
  /** Street, city, ZIP; missing parts left out. */
  address: string[];
  /** How many recognitions name the school. */
  recognitions: number;
  /** The school's first source URL. */
  source: string | null;
}

/** Street, city, ZIP, leaving out the parts no source gives: ["Sun Valley"] when only the city is known. */
export function addressParts(school: Pick<SchoolFacts, 'street' | 'city' | 'zip'>): string[] {
  return [school.street, school.city, school.zip].filter((part) => part !== null);
}

/** "2023 South Union Avenue, Los Angeles, 90007-1326". */
export function formatAddress(school: Pick<SchoolFacts, 'street' | 'city' | 'zip'>): string {
  return addressParts(school).join(', ');
}

/** "6-12" → "6–12" (an en dash for a span). */
export function formatGrades(grades: string): string {
  return grades.replace('-', '–');
}

/** The site a source URL is on, for a link's text: "https://www.cde.ca.gov/…" → "cde.ca.gov". */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** One row per school, in the order given. */
export function campusRows(
  schools: readonly SchoolFacts[],
  places: Readonly<Record<string, Readonly<Place> | undefined>>,
  recognitions: readonly RecognitionFacts[],
): CampusRow[] {
  return schools.map((school) => {
    const place = places[school.id];
    return {
      id: school.id,
      name: school.name,
      level: school.level,
      complex: school.complex,
      grades: school.grades,
      neighborhood: place?.neighborhood ?? null,
      region: place?.region ?? null,
      opened: school.opened,
      closed: school.closed,
      openedText: school.opened ? formatPartialDate(school.opened) : null,
      closedText: school.closed ? formatPartialDate(school.closed.slice(0, 7)) : null,
      address: addressParts(school),
      recognitions: recognitions.filter((r) => r.schoolIds.includes(school.id)).length,
      source: school.sources[0] ?? null,
    };
  });
}

/** How many rows are on the map and how many are not. */
export function mapCoverage(rows: readonly CampusRow[]): {
  total: number;
  mapped: number;
  unmapped: number;
} {
  const mapped = rows.filter((row) => row.neighborhood !== null).length;
  return { total: rows.length, mapped, unmapped: rows.length - mapped };
}

let collator: Intl.Collator | undefined;

/**
 * Made when a table is first sorted, not when this module loads: a collator
 * costs tens of ms on a slow phone, and the story's map loads this module too.
 */
function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator(LOCALE, { numeric: true });
  return collator.compare(a, b);
}

/** By name, then by id, so that no two rows ever tie. */
function byName(a: CampusRow, b: CampusRow): number {
  return compareText(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const sortValue: Record<Exclude<SortKey, 'name'>, (row: CampusRow) => string | null> = {
  neighborhood: (row) => row.neighborhood,
  opened: (row) => row.opened,
};

const compareValues: Record<Exclude<SortKey, 'name'>, (a: string, b: string) => number> = {
  neighborhood: compareText,
  // ISO dates order as text.
  opened: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

/** The table's order until the reader asks for another: by opening date, earliest first. */
export const FIRST_ORDER = { key: 'opened', direction: 'ascending' } as const satisfies {
  key: SortKey;
  direction: SortDirection;
};

/**
 * The rows in a new array, ordered by `key` in `direction`. Rows with no value
 * for the key (undated, unmapped) come last in both directions; ties break by
 * name, A to Z in both directions, then by id: the order is total, so it never
 * depends on the input's order.
 */
export function sortRows(
  rows: readonly CampusRow[],
  key: SortKey,
  direction: SortDirection,
): CampusRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const value = sortValue[key];
  const compare = compareValues[key];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = compare(x, y);
      if (order !== 0) return sign * order;
    }
    return byName(a, b);
  });
}

/** The order a header's button asks for: the other direction on the active key, else ascending. */
export function nextSort(
  current: { key: SortKey; direction: SortDirection },
  key: SortKey,
): { key: SortKey; direction: SortDirection } {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
