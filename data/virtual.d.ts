declare module 'virtual:alliance-data' {
  type Dataset = import('./schema.ts').Dataset;
  export const schools: Dataset['schools'];
  export const milestones: Dataset['milestones'];
  export const metrics: Dataset['metrics'];
  export const recognitions: Dataset['recognitions'];
  export const organization: Dataset['organization'];
  export const places: Dataset['places'];
}
