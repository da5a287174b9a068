/**
 * Lookups into data/ for the story's steps. A missing id throws at import, so
 * a step that names a fact the data no longer has fails the build and tests.
 */
import {
  metrics,
  milestones,
  organization,
  places,
  recognitions,
  schoolsById,
} from '../../data/index.ts';

export function milestone(id: string) {
  const found = milestones.find((m) => m.id === id);
  if (!found)
    throw new Error(`The story names milestone "${id}", which is not in data/milestones.json`);
  return found;
}

export function metric(id: string) {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`The story names metric "${id}", which is not in data/metrics.json`);
  return found;
}

export function recognition(id: string) {
  const found = recognitions.find((r) => r.id === id);
  if (!found)
    throw new Error(`The story names recognition "${id}", which is not in data/recognitions.json`);
  return found;
}

export function school(id: string) {
  const found = schoolsById.get(id);
  if (!found) throw new Error(`The story names school "${id}", which is not in data/schools.json`);
  return found;
}

export function leader(id: string) {
  const found = organization.leaders.find((l) => l.id === id);
  if (!found)
    throw new Error(`The story names leader "${id}", which is not in data/organization.json`);
  return found;
}

/** The computed region of a school, or null when it has no coordinates. */
export function regionOf(id: string): string | null {
  return places[id]?.region ?? null;
}
