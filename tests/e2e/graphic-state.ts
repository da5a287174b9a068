/**
 * Whether the graphic a step asks for shows that step's state, read from the
 * page: the timeline's year marker, the map's campuses open that fall, or the
 * recognitions row brought forward. `scope` is the element holding the graphic.
 * Only what is shown counts: the scroll story draws some views ahead, unseen.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { openOn } from '../../src/lib/dates.ts';
import { campuses } from '../../src/story/campus-data.ts';
import type { Step } from '../../src/story/steps.ts';

export async function expectGraphicState(scope: Locator, step: Step): Promise<void> {
  await expect.poll(() => scope.locator('.layers').getAttribute('data-graphic')).toBe(step.graphic);
  if (step.graphic === 'timeline') {
    await expect
      .poll(() => scope.locator('.layer.shown .year-marker').getAttribute('data-year'))
      .toBe(String(step.state.year));
  } else if (step.graphic === 'map') {
    const open = openOn(campuses, new Date(step.state.year, 9, 1))
      .map((c) => c.id)
      .sort();
    await expect
      .poll(async () =>
        (
          await scope
            .locator('.layer.shown .campus-map .pins.shown [data-campus]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-campus')!))
        ).sort(),
      )
      .toEqual(open);
  } else {
    const forward = await scope
      .locator('.recognitions-chart .row:not(.faded)')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body')));
    if (step.state.recognitionBody === null) expect(forward.length).toBeGreaterThan(1);
    else expect(forward).toEqual([step.state.recognitionBody]);
  }
}
