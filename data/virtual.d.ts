declare module 'virtual:alliance-data' {
  const dataset: import('./schema.ts').Dataset;
  export default dataset;
}
