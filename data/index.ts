/**
 * The facts the app imports: validated by the data plugin at build time
 * (scripts/data-plugin.ts), typed by data/schema.ts, frozen so nothing in the
 * app can change a fact by accident.
 */
import dataset from 'virtual:alliance-data';
import type { Dataset, School } from './schema.ts';

export type * from './schema.ts';

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}

const data = deepFreeze(dataset as Dataset);

export const schools = data.schools;
export const milestones = data.milestones;
export const metrics = data.metrics;
export const recognitions = data.recognitions;
export const organization = data.organization;
/** School id → neighborhood and region computed from the school's coordinates. */
export const places = data.places;

export const schoolsById: ReadonlyMap<string, DeepReadonly<School>> = new Map(
  schools.map((school) => [school.id, school]),
);
