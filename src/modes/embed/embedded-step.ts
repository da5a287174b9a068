/**
 * The step an embedded section shows: the one its frame names, or the first
 * when the name is unknown. The build fills in every step's words (see
 * virtual:alliance-steps), so a frame ships no fact its words do not show.
 */
import steps from 'virtual:alliance-steps';

export type EmbeddedStep = (typeof steps)[number];

export const stepIds: readonly string[] = steps.map((s) => s.id);

export function embeddedStep(id: string): EmbeddedStep {
  return steps.find((s) => s.id === id) ?? steps[0]!;
}
