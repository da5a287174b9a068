declare module 'virtual:alliance-data' {
  /** Fields the data plugin leaves out of the app: notes for maintainers, and facts kept for checking. */
  type Unshipped =
    'note' | 'neighborhoodLabel' | 'cdsCode' | 'officialName' | 'website' | 'formerNames';
  type Shipped<T> = T extends (infer U)[]
    ? Shipped<U>[]
    : T extends object
      ? { [K in Exclude<keyof T, Unshipped>]: Shipped<T[K]> }
      : T;
  type Dataset = import('./freeze.ts').DeepReadonly<Shipped<import('./schema.ts').Dataset>>;
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

declare module 'virtual:alliance-steps' {
  /** Every step of the story, its words filled in at build time: what an embedded section shows. */
  const steps: readonly Pick<
    import('../src/story/steps.ts').Step,
    'id' | 'graphic' | 'heading' | 'text' | 'state'
  >[];
  export default steps;
}

declare module 'virtual:alliance-story-steps' {
  /**
   * Every step of the story with all its fields, its words filled in at build
   * time: the story and the slides show them without computing them again.
   */
  const steps: readonly import('../src/story/steps.ts').Step[];
  export default steps;
}

/** One top-level key of the words, alone (the embedded sections import only theirs). */
type AllianceWords<K extends keyof typeof import('./copy/en.json')> =
  (typeof import('./copy/en.json'))[K];

declare module 'virtual:alliance-copy/meta' {
  const words: AllianceWords<'meta'>;
  export default words;
}
declare module 'virtual:alliance-copy/embed' {
  const words: AllianceWords<'embed'>;
  export default words;
}
declare module 'virtual:alliance-copy/map' {
  const words: AllianceWords<'map'>;
  export default words;
}
declare module 'virtual:alliance-copy/timeline' {
  const words: AllianceWords<'timeline'>;
  export default words;
}
declare module 'virtual:alliance-copy/eras' {
  const words: AllianceWords<'eras'>;
  export default words;
}
declare module 'virtual:alliance-copy/qualifiers' {
  const words: AllianceWords<'qualifiers'>;
  export default words;
}
declare module 'virtual:alliance-copy/hero' {
  const words: AllianceWords<'hero'>;
  export default words;
}
declare module 'virtual:alliance-copy/recognitions' {
  const words: AllianceWords<'recognitions'>;
  export default words;
}
declare module 'virtual:alliance-copy/chapters' {
  const words: AllianceWords<'chapters'>;
  export default words;
}
declare module 'virtual:alliance-copy/story' {
  const words: AllianceWords<'story'>;
  export default words;
}
declare module 'virtual:alliance-copy/campusTable' {
  const words: AllianceWords<'campusTable'>;
  export default words;
}

declare module 'virtual:alliance-digits' {
  /** How the edition groups a whole number's digits, read from Intl at build time; `null`: Intl writes them. */
  const grouping: import('../src/lib/digits.ts').DigitGrouping | null;
  export default grouping;
}

declare module 'virtual:alliance-campuses' {
  /** The campuses the map draws, derived from the facts at build time (src/story/campus-data.ts). */
  const campuses: readonly import('../src/story/campus-data.ts').Campus[];
  export default campuses;
}

declare module 'virtual:alliance-campus-rows' {
  /** The campus table's rows in its first order, built from the facts (src/story/campus-data.ts). */
  const rows: readonly import('../src/lib/campuses.ts').CampusRow[];
  export default rows;
}

declare module 'virtual:alliance-copy' {
  /** Every word the page shows, in the edition being built; es.json has the same shape (a test keeps it so). */
  const copy: typeof import('./copy/en.json');
  export default copy;
}
