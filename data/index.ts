/**
 * The facts the app imports: validated by the data plugin at build time
 * (scripts/data-plugin.ts), typed by data/schema.ts, frozen so nothing in the
 * app can change a fact by accident. Each file is a module of its own, so a
 * bundle (an embedded section) carries only the files it reads.
 */
import { schools } from 'virtual:alliance-data';

export type * from './schema.ts';
export type { DeepReadonly } from './freeze.ts';

export {
  metrics,
  milestones,
  organization,
  /** School id → neighborhood and region computed from the school's coordinates. */
  places,
  recognitions,
  schools,
} from 'virtual:alliance-data';

export const schoolsById: ReadonlyMap<string, (typeof schools)[number]> = /* @__PURE__ */ new Map(
  schools.map((school) => [school.id, school]),
);
