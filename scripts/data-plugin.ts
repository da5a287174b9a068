/**
 * Vite plugin: validates data/ whenever the app is built, served or tested, and
 * hands the app the validated facts as the module `virtual:alliance-data`, and
 * the words of one edition (English or Spanish) as `virtual:alliance-copy`,
 * and the map's boundaries as files whose URLs two modules export (below).
 * In the Spanish edition the records' own text comes from data/copy/es.json
 * (see data/translate.ts). A broken file stops the build with the problems
 * named (see data/validate.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FACT_FILES } from '../data/schema.ts';
import { BOUNDARIES_FILE, loadDataset } from '../data/validate.ts';
import { copyDifferences } from '../data/copy-parity.ts';
import { translateDataset } from '../data/translate.ts';
import type { Edition } from '../src/lib/editions.ts';
import { hostBoundaries, simplifiedBoundaries } from './boundaries.ts';

const COPY_ID = 'virtual:alliance-copy';
const COPY_RESOLVED_ID = '\0' + COPY_ID;

const ID = 'virtual:alliance-data';
/** Keep in step with the `Unshipped` type in data/virtual.d.ts, which hides them from the app's types. */
const UNSHIPPED = new Set([
  'note',
  'neighborhoodLabel',
  'cdsCode',
  'officialName',
  'website',
  'formerNames',
]);
const RESOLVED_ID = '\0' + ID;
/**
 * The map's boundaries, simplified (scripts/boundaries.ts): each module's
 * default export is their URL. The embedded map takes the lighter set.
 */
const BOUNDARIES = {
  'virtual:alliance-boundaries': 'neighborhoods.topo.json',
  'virtual:alliance-host-boundaries': 'host-neighborhoods.topo.json',
} as const;
type BoundariesId = keyof typeof BOUNDARIES;
const isBoundaries = (id: string): id is BoundariesId => Object.hasOwn(BOUNDARIES, id);
const devUrl = (id: BoundariesId) => `/@alliance/${BOUNDARIES[id]}`;

export function allianceData(options: { dir?: string; lang?: Edition } = {}): Plugin {
  const dir = resolve(options.dir ?? 'data');
  const lang = options.lang ?? 'en';
  const copyFile = resolve(dir, 'copy', `${lang}.json`);
  const readCopy = () => JSON.parse(readFileSync(copyFile, 'utf8')) as Record<string, unknown>;
  const files = [...Object.keys(FACT_FILES), BOUNDARIES_FILE].map((file) => resolve(dir, file));
  const boundariesFile = resolve(dir, BOUNDARIES_FILE);
  let command: 'build' | 'serve' = 'build';
  let single = false;
  const boundaries = (id: BoundariesId) => {
    if (id === 'virtual:alliance-boundaries') return simplifiedBoundaries(boundariesFile);
    const hosts = new Set(Object.values(loadDataset(dir).places).map((p) => p.neighborhoodSlug));
    return hostBoundaries(boundariesFile, hosts);
  };
  return {
    name: 'alliance-data',
    configResolved(config) {
      command = config.command;
      single = config.mode === 'single';
    },
    configureServer(server) {
      for (const id of Object.keys(BOUNDARIES) as BoundariesId[])
        server.middlewares.use(devUrl(id), (_request, response) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(boundaries(id));
        });
    },
    resolveId(id) {
      if (id === ID) return RESOLVED_ID;
      if (id === COPY_ID) return COPY_RESOLVED_ID;
      return isBoundaries(id) ? '\0' + id : undefined;
    },
    load(id) {
      if (id === COPY_RESOLVED_ID) {
        this.addWatchFile(copyFile);
        // The records' words go into the facts (below), not into the copy.
        const copy = readCopy();
        delete copy.records;
        if (lang !== 'en') {
          const english = JSON.parse(readFileSync(resolve(dir, 'copy/en.json'), 'utf8')) as unknown;
          const differences = copyDifferences(english, copy, ['en', lang]);
          if (differences.length > 0)
            throw new Error(
              `data/copy/${lang}.json does not match data/copy/en.json:\n${differences.map((d) => `  - ${d}`).join('\n')}`,
            );
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(copy))});`;
      }
      const boundariesId = id.slice(1);
      if (id.startsWith('\0') && isBoundaries(boundariesId)) {
        this.addWatchFile(boundariesFile);
        if (command === 'serve') return `export default ${JSON.stringify(devUrl(boundariesId))};`;
        const source = boundaries(boundariesId);
        // The single file opens from disk: its boundaries travel inside it.
        if (single) {
          const url = `data:application/json;base64,${Buffer.from(source).toString('base64')}`;
          return `export default ${JSON.stringify(url)};`;
        }
        const ref = this.emitFile({ type: 'asset', name: BOUNDARIES[boundariesId], source });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
      if (id !== RESOLVED_ID) return undefined;
      for (const file of files) this.addWatchFile(file);
      let dataset = loadDataset(dir);
      if (lang !== 'en') {
        this.addWatchFile(copyFile);
        dataset = translateDataset(dataset, readCopy().records, `copy/${lang}.json`);
      }
      // What the page never shows stays in data/: the maintainers' notes (why a confidence is
      // what it is) and the fields kept for checking and curation (see UNSHIPPED in data/virtual.d.ts).
      const shipped = JSON.stringify(dataset, (key, value: unknown) =>
        UNSHIPPED.has(key) ? undefined : value,
      );
      // One export per file, so a bundle carries only the facts it uses; JSON.parse of a
      // string literal is faster to start than an object literal of this size.
      const parts = JSON.parse(shipped) as Record<string, unknown>;
      return Object.entries(parts)
        .map(
          ([key, value]) =>
            `export const ${key} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`,
        )
        .join('\n');
    },
  };
}
