/**
 * The facts the app imports: validated by the data plugin at build time
 * (scripts/data-plugin.ts), typed by data/schema.ts, frozen so nothing in the
 * app can change a fact by accident.
 */
import * as dataset from 'virtual:alliance-data';

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

// Pure calls, so a bundle that never reads a file leaves it out.
export const schools = /* @__PURE__ */ deepFreeze(dataset.schools);
export const milestones = /* @__PURE__ */ deepFreeze(dataset.milestones);
export const metrics = /* @__PURE__ */ deepFreeze(dataset.metrics);
export const recognitions = /* @__PURE__ */ deepFreeze(dataset.recognitions);
export const organization = /* @__PURE__ */ deepFreeze(dataset.organization);
/** School id → neighborhood and region computed from the school's coordinates. */
export const places = /* @__PURE__ */ deepFreeze(dataset.places);

export const schoolsById: ReadonlyMap<string, (typeof schools)[number]> = /* @__PURE__ */ new Map(
  schools.map((school) => [school.id, school]),
);
