declare module 'virtual:alliance-data' {
  /** Fields the data plugin leaves out of the app: notes for maintainers, and facts kept for checking. */
  type Unshipped =
    'note' | 'neighborhoodLabel' | 'cdsCode' | 'officialName' | 'website' | 'formerNames';
  type Shipped<T> = T extends (infer U)[]
    ? Shipped<U>[]
    : T extends object
      ? { [K in Exclude<keyof T, Unshipped>]: Shipped<T[K]> }
      : T;
  type Dataset = Shipped<import('./schema.ts').Dataset>;
  export const schools: Dataset['schools'];
  export const milestones: Dataset['milestones'];
  export const metrics: Dataset['metrics'];
  export const recognitions: Dataset['recognitions'];
  export const organization: Dataset['organization'];
  export const places: Dataset['places'];
}

declare module 'virtual:alliance-boundaries' {
  /** Where the map's simplified neighborhood boundaries are served (see scripts/boundaries.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:alliance-host-boundaries' {
  /** The embedded map's lighter set: the regions, and the neighborhoods that hold a campus. */
  const url: string;
  export default url;
}

declare module 'virtual:alliance-copy' {
  /** Every word the page shows, in the edition being built; es.json has the same shape (a test keeps it so). */
  const copy: typeof import('./copy/en.json');
  export default copy;
}
