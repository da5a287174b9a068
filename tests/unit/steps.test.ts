/** The story's steps: state resolution, the copy behind them, and their facts. */
import { describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { milestones, schoolsById } from '../../data/index.ts';
import {
  buildSteps,
  HORIZON_YEAR,
  resolveState,
  stepDefinitions,
  type StepDefinition,
} from '../../src/story/steps.ts';

const lookup = (id: string) => {
  const m = milestones.find((x) => x.id === id);
  if (!m) throw new Error(`unknown milestone ${id}`);
  return m;
};

describe('resolveState', () => {
  it.each([
    {
      name: 'takes the year and schools from one milestone',
      state: { milestoneIds: ['2009-five-schools-open'] },
      expected: {
        year: 2009,
        schoolIds: ['mckinzie', 'shaheen', 'llesat', 'ma4', 'ma5'],
        horizon: false,
        eraId: null,
      },
    },
    {
      name: 'takes the latest year of several milestones and joins their schools once',
      state: { milestoneIds: ['2005-three-schools-open', '2006-three-schools-open'] },
      expected: {
        year: 2006,
        schoolIds: ['burton-tech', 'collins', 'merkin', 'ouchi', 'stern', 'mohan'],
      },
    },
    {
      name: 'keeps a year and schools the step sets itself',
      state: {
        milestoneIds: ['2024-twentieth-anniversary', '2025-tennenbaum-closes'],
        year: 2024,
        schoolIds: [],
      },
      expected: { year: 2024, schoolIds: [] },
    },
    {
      name: 'needs no milestone when it has a year',
      state: { year: 2044, horizon: true },
      expected: {
        year: 2044,
        milestoneIds: [],
        schoolIds: [],
        horizon: true,
        region: null,
        recognitionBody: null,
      },
    },
  ])('$name', ({ state, expected }) => {
    expect(resolveState(state, lookup)).toMatchObject(expected);
  });

  it('refuses a step with neither a year nor a milestone', () => {
    expect(() => resolveState({}, lookup)).toThrow('needs a year');
  });
});

describe('the steps', () => {
  const steps = buildSteps(copy.steps);

  it('have unique ids usable in a URL fragment', () => {
    const ids = steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('have copy for every step, and no copy for a step that does not exist', () => {
    expect(Object.keys(copy.steps).sort()).toEqual(stepDefinitions.map((d) => d.id).sort());
  });

  it('type no figure into the copy: every number comes from a placeholder', () => {
    for (const [id, words] of Object.entries(copy.steps)) {
      const texts = [
        words.heading,
        words.text,
        words.alt,
        words.note,
        ...('figure' in words ? [words.figure.value, words.figure.label] : []),
      ];
      for (const text of texts) {
        expect(text.replace(/\{\w+\}/g, ''), `step "${id}"`).not.toMatch(/\d/);
      }
    }
  });

  it('walk forward in time, from the founding to the horizon', () => {
    const years = steps.map((s) => s.state.year);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(steps.at(-1)!.state).toMatchObject({ year: HORIZON_YEAR, horizon: true });
  });

  it('each carry alt text, a speaker note and at least one source', () => {
    for (const step of steps) {
      expect(step.alt.length, step.id).toBeGreaterThan(10);
      expect(step.note.length, step.id).toBeGreaterThan(5);
      expect(step.sources.length, step.id).toBeGreaterThan(0);
    }
  });

  it('highlight only schools that exist', () => {
    for (const step of steps)
      for (const id of step.state.schoolIds) expect(schoolsById.has(id), id).toBe(true);
  });

  it('open a chapter on the first step of each chapter only', () => {
    const openers = steps.filter((s) => s.opensChapter).map((s) => s.chapter);
    expect(openers).toEqual([...new Set(steps.map((s) => s.chapter))]);
  });

  it('state the 2010 college plans as the sources allow: 609 of 646, 94%, "planned"', () => {
    const step = steps.find((s) => s.id === 'college-bound')!;
    expect(step.text).toContain('609 of them planned');
    expect(step.figure).toEqual({
      value: '609 of 646',
      label: 'graduates planned to go to college (94%)',
    });
    expect(JSON.stringify(step)).not.toContain('95%');
  });

  it('speak as of the 20th year and give the later closing with its date', () => {
    const step = steps.find((s) => s.id === 'twenty-years')!;
    expect(step.text).toContain('26 middle and high schools');
    expect(step.text).toContain('June 30, 2025');
  });

  it('fail loudly when the copy lacks a step', () => {
    const definition: StepDefinition = {
      id: 'missing',
      chapter: 'growth',
      state: { year: 2010 },
      values: () => ({}),
    };
    expect(() => buildSteps(copy.steps, [definition])).toThrow('no text for step "missing"');
  });
});
