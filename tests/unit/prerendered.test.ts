/**
 * What the build computes for the embeds (scripts/data-plugin.ts) is what the
 * app's own modules compute: every step's words and state, every campus and table row.
 */
import campusRowsAtBuild from 'virtual:alliance-campus-rows';
import campusesAtBuild from 'virtual:alliance-campuses';
import copy from 'virtual:alliance-copy';
import stepsAtBuild from 'virtual:alliance-steps';
import storyStepsAtBuild from 'virtual:alliance-story-steps';
import { describe, expect, it } from 'vitest';
import { places, recognitions, schools } from '../../data/index.ts';
import { campusRows, sortRows } from '../../src/lib/campuses.ts';
import { campuses } from '../../src/story/campus-data.ts';
import { buildSteps } from '../../src/story/steps.ts';

describe('values computed at build time', () => {
  it('give every step, in order, with the words and state the story shows', () => {
    const steps = buildSteps(copy.steps);
    expect(stepsAtBuild.map((s) => s.id)).toEqual(steps.map((s) => s.id));
    for (const [i, step] of steps.entries()) {
      const { id, graphic, heading, text, state } = step;
      expect(stepsAtBuild[i]).toStrictEqual({ id, graphic, heading, text, state });
    }
  });

  it('give the story and the slides every step whole, field for field', () => {
    // As data: a step with no figure has none, rather than an undefined one.
    expect(storyStepsAtBuild).toStrictEqual(JSON.parse(JSON.stringify(buildSteps(copy.steps))));
  });

  it('give every campus the map draws, field for field', () => {
    expect(campusesAtBuild).toStrictEqual(campuses);
    expect(campusesAtBuild.length).toBeGreaterThan(20);
  });

  it('give the campus table every school, in its first order (by opening date), field for field', () => {
    const rows = sortRows(campusRows(schools, places, recognitions), 'opened', 'ascending');
    expect(campusRowsAtBuild).toStrictEqual(rows);
    expect(campusRowsAtBuild).toHaveLength(schools.length);
  });
});
