/** Grouping, filtering, counting and the sentences about recognitions, on small tables and on the data. */
import { describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { recognitions } from '../../data/index.ts';
import {
  NO_FILTER,
  filterRecognitions,
  groupByBody,
  namedSentence,
  schoolsNamed,
  summarize,
  type RecognitionLike,
} from '../../src/lib/recognitions.ts';
import { schoolFromSearch, withSchool } from '../../src/lib/url-state.ts';
import { BODIES, LEFT_OUT, shownRecognitions } from '../../src/story/recognition-data.ts';

const words = copy.recognitions.summary;

const record = (over: Partial<RecognitionLike>): RecognitionLike => ({
  id: 'r',
  year: 2009,
  body: 'state',
  bodyName: 'State',
  title: 'Distinguished',
  scope: 'school',
  schoolIds: ['a'],
  confidence: 'verified',
  ...over,
});

const table = [
  record({ id: 'state-2009', year: 2009, schoolIds: ['a', 'b', 'c', 'd'] }),
  record({ id: 'state-2024', year: 2024, schoolIds: ['a', 'e'] }),
  record({
    id: 'federal-2011',
    year: 2011,
    body: 'federal',
    bodyName: 'Federal',
    title: 'Blue Ribbon',
    schoolIds: ['a'],
  }),
  record({
    id: 'study-2014',
    year: 2014,
    body: 'study',
    bodyName: 'Study',
    title: 'Sector study',
    scope: 'network',
    schoolIds: [],
  }),
];

describe('groupByBody', () => {
  it('gives every body a row, in the order asked, an empty one for a body with no record', () => {
    const rows = groupByBody(table, ['federal', 'state', 'ranking', 'study']);
    expect(rows.map((r) => [r.body, r.records.map((x) => x.id)])).toEqual([
      ['federal', ['federal-2011']],
      ['state', ['state-2009', 'state-2024']],
      ['ranking', []],
      ['study', ['study-2014']],
    ]);
  });

  it('puts every shown recognition of the data in exactly one of the story’s rows', () => {
    const rows = groupByBody(shownRecognitions, BODIES);
    expect(rows.flatMap((r) => r.records).length).toBe(shownRecognitions.length);
  });
});

describe('filterRecognitions', () => {
  it.each([
    {
      name: 'no filter keeps all',
      filter: NO_FILTER,
      expected: ['state-2009', 'state-2024', 'federal-2011', 'study-2014'],
    },
    {
      name: 'by body',
      filter: { ...NO_FILTER, body: 'state' },
      expected: ['state-2009', 'state-2024'],
    },
    {
      name: 'by school',
      filter: { ...NO_FILTER, school: 'a' },
      expected: ['state-2009', 'state-2024', 'federal-2011'],
    },
    {
      name: 'by school named once',
      filter: { ...NO_FILTER, school: 'e' },
      expected: ['state-2024'],
    },
    {
      name: 'by years',
      filter: { ...NO_FILTER, from: 2010, to: 2014 },
      expected: ['federal-2011', 'study-2014'],
    },
    {
      name: 'a year range of one year',
      filter: { ...NO_FILTER, from: 2024, to: 2024 },
      expected: ['state-2024'],
    },
    {
      name: 'all at once',
      filter: { body: 'state', school: 'e', from: 2020, to: 2024 },
      expected: ['state-2024'],
    },
    { name: 'nothing matches', filter: { ...NO_FILTER, body: 'ranking' }, expected: [] },
  ])('$name', ({ filter, expected }) => {
    expect(filterRecognitions(table, filter).map((r) => r.id)).toEqual(expected);
  });
});

describe('counting and saying it', () => {
  it('counts a school named by several recognitions once', () => {
    expect(schoolsNamed(table)).toBe(5);
    expect(schoolsNamed([])).toBe(0);
  });

  it.each([
    { name: 'nothing', records: [], expected: 'No recognition matches these choices.' },
    {
      name: 'one record',
      records: [table[2]!],
      expected: '1 recognition from 1 body, 2011, naming 1 school.',
    },
    {
      name: 'several bodies and years',
      records: table,
      expected: '4 recognitions from 3 bodies, 2009 to 2024, naming 5 schools.',
    },
    {
      name: 'a network-wide study alone names no school',
      records: [table[3]!],
      expected: '1 recognition from 1 body, 2014, naming 0 schools.',
    },
  ])('sums up $name', ({ records, expected }) => {
    expect(summarize(records, words)).toBe(expected);
  });

  it.each([
    { record: table[0]!, expected: '4 schools named: Distinguished (2009)' },
    { record: table[2]!, expected: '1 school named: Blue Ribbon (2011)' },
    { record: table[3]!, expected: null },
  ])('says how many schools $record.id names', ({ record, expected }) => {
    expect(namedSentence(record, words)).toBe(expected);
  });

  it('says of the data: seven schools named California Distinguished Schools in 2024', () => {
    const cde2024 = recognitions.find((r) => r.id === 'rec-2024-cde-distinguished')!;
    expect(namedSentence(cde2024, words)).toBe(
      '7 schools named: California Distinguished Schools (2024)',
    );
  });
});

describe('what the story leaves out', () => {
  it('leaves out only records that exist, and shows all the others', () => {
    for (const id of LEFT_OUT) expect(recognitions.some((r) => r.id === id)).toBe(true);
    expect(shownRecognitions.length).toBe(recognitions.length - LEFT_OUT.length);
  });
});

describe('the school in the URL', () => {
  const known = new Set(['tajima', 'collins']);

  it.each([
    { search: '?school=tajima', expected: 'tajima' },
    { search: '?mode=present&school=collins', expected: 'collins' },
    { search: '?school=nowhere', expected: null },
    { search: '', expected: null },
  ])('reads $search as $expected', ({ search, expected }) => {
    expect(schoolFromSearch(search, known)).toBe(expected);
  });

  it('writes the school and keeps the rest of the URL', () => {
    expect(withSchool('https://x.test/?lang=en#harbor', 'tajima')).toBe(
      'https://x.test/?lang=en&school=tajima#harbor',
    );
    expect(withSchool('https://x.test/?school=tajima#harbor', null)).toBe('https://x.test/#harbor');
  });
});
