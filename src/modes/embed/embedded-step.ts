/**
 * The step an embedded section shows: the one its frame names, or the first
 * when the name is unknown. The steps are built once for every section.
 */
import copy from 'virtual:alliance-copy';
import { buildSteps, type Step } from '../../story/steps.ts';

const steps = buildSteps(copy.steps);

export function embeddedStep(id: string): Step {
  return steps.find((s) => s.id === id) ?? steps[0]!;
}
