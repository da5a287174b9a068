/**
 * The campus table's rows and order: the row model on the real data, and the
 * three sorts on small made-up rows, including undated and unmapped schools,
 * ties, and orders that must not depend on the input's order.
 * Rendering is covered by tests/component/CampusTable.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { places, recognitions, schools } from '../../data/index.ts';
import {
  campusRows,
  formatAddress,
  formatGrades,
  mapCoverage,
  nextSort,
  siteOf,
  sortRows,
  type CampusRow,
  type SortDirection,
  type SortKey,
} from '../../src/lib/campuses.ts';

function row(id: string, fields: Partial<CampusRow> = {}): CampusRow {
  return {
    id,
    name: id,
    level: 'high',
    complex: null,
    grades: '9-12',
    neighborhood: null,
    region: null,
    opened: null,
    closed: null,
    openedText: null,
    closedText: null,
    address: [],
    recognitions: 0,
    source: null,
    ...fields,
  };
}

const ids = (rows: readonly CampusRow[]) => rows.map((r) => r.id);

describe('campusRows on the real data', () => {
  const rows = campusRows(schools, places, recognitions);

  it('gives one row per school, in the data order', () => {
    expect(ids(rows)).toEqual(schools.map((s) => s.id));
  });

  it.each(schools.map((school) => ({ id: school.id, school })))(
    'carries $id: its place, first source and recognitions',
    ({ id, school }) => {
      const r = rows.find((x) => x.id === id)!;
      expect(r.neighborhood).toBe(places[id]?.neighborhood ?? null);
      expect(r.region).toBe(places[id]?.region ?? null);
      expect(r.source).toBe(school.sources[0]);
      expect(r.opened).toBe(school.opened);
      expect(r.closed).toBe(school.closed);
      expect(r.recognitions).toBe(recognitions.filter((x) => x.schoolIds.includes(id)).length);
    },
  );

  it('leaves the neighborhood empty exactly for the schools without coordinates', () => {
    const unmapped = rows.filter((r) => r.neighborhood === null).map((r) => r.id);
    expect(unmapped).toEqual(schools.filter((s) => !s.location).map((s) => s.id));
    expect(mapCoverage(rows)).toEqual({
      total: schools.length,
      mapped: schools.length - unmapped.length,
      unmapped: unmapped.length,
    });
  });
});

describe('campusRows', () => {
  const school = {
    id: 'a',
    name: 'A School',
    level: 'middle' as const,
    complex: 'A 6-12 Complex',
    grades: '6-8',
    street: '1 Main Street',
    city: 'Los Angeles',
    zip: '90001',
    opened: '2010-08-30',
    closed: null,
    sources: ['https://example.org/first', 'https://example.org/second'],
  };

  it('counts only the recognitions that name the school', () => {
    const [r] = campusRows(
      [school],
      { a: { neighborhood: 'Watts', neighborhoodSlug: 'watts', region: 'South L.A.' } },
      [{ schoolIds: ['a', 'b'] }, { schoolIds: [] }, { schoolIds: ['b'] }, { schoolIds: ['a'] }],
    );
    expect(r).toEqual({
      id: 'a',
      name: 'A School',
      level: 'middle',
      complex: 'A 6-12 Complex',
      grades: '6-8',
      neighborhood: 'Watts',
      region: 'South L.A.',
      opened: '2010-08-30',
      closed: null,
      openedText: 'August 30, 2010',
      closedText: null,
      address: ['1 Main Street', 'Los Angeles', '90001'],
      recognitions: 2,
      source: 'https://example.org/first',
    });
  });

  it('gives a school with no place no neighborhood and no region', () => {
    const [r] = campusRows([school], {}, []);
    expect(r).toMatchObject({ neighborhood: null, region: null, recognitions: 0 });
  });
});

describe('formatAddress', () => {
  it.each([
    {
      street: '1 Main St',
      city: 'Los Angeles',
      zip: '90001',
      expected: '1 Main St, Los Angeles, 90001',
    },
    { street: null, city: 'Sun Valley', zip: null, expected: 'Sun Valley' },
    { street: '1 Main St', city: 'Los Angeles', zip: null, expected: '1 Main St, Los Angeles' },
    { street: null, city: 'Los Angeles', zip: '90001-1234', expected: 'Los Angeles, 90001-1234' },
  ])('writes $expected', ({ expected, ...parts }) => {
    expect(formatAddress(parts)).toBe(expected);
  });
});

describe('formatGrades and siteOf', () => {
  it.each([
    { grades: '6-12', expected: '6–12' },
    { grades: '9-12', expected: '9–12' },
    { grades: '6-8', expected: '6–8' },
  ])('writes the span $grades with an en dash', ({ grades, expected }) => {
    expect(formatGrades(grades)).toBe(expected);
  });

  it.each([
    { url: 'https://www.cde.ca.gov/ds/si/ds/pubschls.asp', expected: 'cde.ca.gov' },
    { url: 'http://example.org/a?b=c', expected: 'example.org' },
    { url: 'https://en.wikipedia.org/wiki/X', expected: 'en.wikipedia.org' },
  ])('names the site of $url', ({ url, expected }) => {
    expect(siteOf(url)).toBe(expected);
  });
});

describe('sortRows', () => {
  const rows = [
    row('e', { name: 'Echo', opened: '2009-08-31', neighborhood: 'Watts' }),
    row('u', { name: 'Undated', opened: null, neighborhood: 'Hyde Park' }),
    row('b', { name: 'Bravo', opened: '2004-09-13', neighborhood: null }),
    row('d', { name: 'Delta', opened: '2009-08-31', neighborhood: 'Hyde Park' }),
    row('a', { name: 'Alpha', opened: null, neighborhood: null }),
    row('m12', { name: 'Middle Academy 12', opened: '2013-08-05', neighborhood: 'South Park' }),
    row('m4', { name: 'Middle Academy 4', opened: '2009-08-31', neighborhood: 'broadway' }),
  ];

  const cases: { key: SortKey; direction: SortDirection; expected: string[]; why: string }[] = [
    {
      key: 'name',
      direction: 'ascending',
      expected: ['a', 'b', 'd', 'e', 'm4', 'm12', 'u'],
      why: 'A to Z, numbers in names by value',
    },
    {
      key: 'name',
      direction: 'descending',
      expected: ['u', 'm12', 'm4', 'e', 'd', 'b', 'a'],
      why: 'Z to A',
    },
    {
      key: 'opened',
      direction: 'ascending',
      expected: ['b', 'd', 'e', 'm4', 'm12', 'a', 'u'],
      why: 'oldest first, same-day openings by name, undated last',
    },
    {
      key: 'opened',
      direction: 'descending',
      expected: ['m12', 'd', 'e', 'm4', 'b', 'a', 'u'],
      why: 'newest first, same-day openings still by name, undated still last',
    },
    {
      key: 'neighborhood',
      direction: 'ascending',
      expected: ['m4', 'd', 'u', 'm12', 'e', 'a', 'b'],
      why: 'A to Z ignoring case, same neighborhood by name, unmapped last',
    },
    {
      key: 'neighborhood',
      direction: 'descending',
      expected: ['e', 'm12', 'd', 'u', 'm4', 'a', 'b'],
      why: 'Z to A, same neighborhood still by name, unmapped still last',
    },
  ];

  it.each(cases)('by $key, $direction: $why', ({ key, direction, expected }) => {
    expect(ids(sortRows(rows, key, direction))).toEqual(expected);
  });

  it.each(cases)(
    'by $key, $direction: the same order whatever the input order',
    ({ key, direction, expected }) => {
      for (const input of [[...rows].reverse(), [...rows.slice(3), ...rows.slice(0, 3)]]) {
        expect(ids(sortRows(input, key, direction))).toEqual(expected);
      }
    },
  );

  it('breaks a tie on every field by id, so two rows never swap between sorts', () => {
    const twins = [
      row('y', { name: 'Same', opened: '2010-01-01' }),
      row('x', { name: 'Same', opened: '2010-01-01' }),
    ];
    expect(ids(sortRows(twins, 'opened', 'ascending'))).toEqual(['x', 'y']);
    expect(ids(sortRows(twins, 'opened', 'descending'))).toEqual(['x', 'y']);
    expect(ids(sortRows([...twins].reverse(), 'opened', 'ascending'))).toEqual(['x', 'y']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [...rows];
    const sorted = sortRows(input, 'name', 'ascending');
    expect(sorted).not.toBe(input);
    expect(input).toEqual(rows);
  });

  it('puts every undated real school last in both directions', () => {
    const real = campusRows(schools, places, recognitions);
    const undated = real.filter((r) => r.opened === null).length;
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(real, 'opened', direction);
      expect(sorted.slice(sorted.length - undated).every((r) => r.opened === null)).toBe(true);
      const dated = sorted.slice(0, sorted.length - undated).map((r) => r.opened!);
      const inOrder = [...dated].sort();
      expect(dated).toEqual(direction === 'ascending' ? inOrder : inOrder.reverse());
    }
  });
});

describe('nextSort', () => {
  it.each([
    {
      current: { key: 'opened', direction: 'ascending' },
      clicked: 'opened',
      expected: { key: 'opened', direction: 'descending' },
    },
    {
      current: { key: 'opened', direction: 'descending' },
      clicked: 'opened',
      expected: { key: 'opened', direction: 'ascending' },
    },
    {
      current: { key: 'opened', direction: 'descending' },
      clicked: 'name',
      expected: { key: 'name', direction: 'ascending' },
    },
    {
      current: { key: 'name', direction: 'ascending' },
      clicked: 'neighborhood',
      expected: { key: 'neighborhood', direction: 'ascending' },
    },
  ] as const)(
    'from $current.key $current.direction, a click on $clicked sorts $expected.direction',
    ({ current, clicked, expected }) => {
      expect(nextSort(current, clicked)).toEqual(expected);
    },
  );
});
