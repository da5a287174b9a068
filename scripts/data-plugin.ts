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
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { FACT_FILES } from '../data/schema.ts';
import { BOUNDARIES_FILE, loadDataset } from '../data/validate.ts';
import { copyDifferences } from '../data/copy-parity.ts';
import { translateDataset } from '../data/translate.ts';
import type { Edition } from '../src/lib/editions.ts';
import { digitGrouping } from '../src/lib/digits.ts';
import { hostBoundaries, simplifiedBoundaries } from './boundaries.ts';

const COPY_ID = 'virtual:alliance-copy';
const COPY_RESOLVED_ID = '\0' + COPY_ID;
/** One module a top-level key (`virtual:alliance-copy/map`…): an embed ships only its section's words. */
const COPY_PREFIX = `${COPY_ID}/`;

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
/** The code that freezes each file of facts (the data folder may be another, in a test). */
const FREEZE_MODULE = fileURLToPath(new URL('../data/freeze.ts', import.meta.url));
/** One module a file (`virtual:alliance-data/schools`…), which `virtual:alliance-data` re-exports. */
const FILE_PREFIX = `${ID}/`;
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

/**
 * Values the app derives from the facts, computed when the bundle is built by
 * the app's own modules (run by Vite's module runner with this plugin): an
 * embedded section shows them without shipping every fact and the code that
 * derives them. The story's steps, their words filled in (only the fields an
 * embed reads; all of them for the story and the slides, which then need not
 * format a date as they wake), and the campuses the map draws.
 */
const STEPS_ID = 'virtual:alliance-steps';
const STORY_STEPS_ID = 'virtual:alliance-story-steps';
const CAMPUSES_ID = 'virtual:alliance-campuses';
const CAMPUS_ROWS_ID = 'virtual:alliance-campus-rows';
const PRERENDERED = new Set([STEPS_ID, STORY_STEPS_ID, CAMPUSES_ID, CAMPUS_ROWS_ID]);
/** How the edition groups a whole number's digits, read from Intl here (src/lib/digits.ts). */
const DIGITS_ID = 'virtual:alliance-digits';
const EMBEDDED_STEP_FIELDS = ['id', 'graphic', 'heading', 'text', 'state'] as const;

export function allianceData(options: { dir?: string; lang?: Edition } = {}): Plugin {
  const dir = resolve(options.dir ?? 'data');
  const lang = options.lang ?? 'en';
  const copyFile = resolve(dir, 'copy', `${lang}.json`);
  const readCopy = () => JSON.parse(readFileSync(copyFile, 'utf8')) as Record<string, unknown>;
  const files = [...Object.keys(FACT_FILES), BOUNDARIES_FILE].map((file) => resolve(dir, file));
  const boundariesFile = resolve(dir, BOUNDARIES_FILE);
  let command: 'build' | 'serve' = 'build';
  let single = false;
  let root = process.cwd();
  /** The validated facts (translated in the Spanish edition), less what the page never shows: once until a file changes. */
  let facts: Record<string, unknown> | null = null;
  const shippedFacts = () => {
    if (facts) return facts;
    let dataset = loadDataset(dir);
    if (lang !== 'en') dataset = translateDataset(dataset, readCopy().records, `copy/${lang}.json`);
    // What stays in data/: the maintainers' notes (why a confidence is what it is) and the
    // fields kept for checking and curation (see UNSHIPPED in data/virtual.d.ts).
    const shipped = JSON.stringify(dataset, (key, value: unknown) =>
      UNSHIPPED.has(key) ? undefined : value,
    );
    return (facts = JSON.parse(shipped) as Record<string, unknown>);
  };
  /** The edition's words, checked against the English ones: once until a file changes. */
  let words: Record<string, unknown> | null = null;
  const shippedCopy = () => {
    if (words) return words;
    // The records' words go into the facts (above), not into the copy.
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
    return (words = copy);
  };
  const boundaries = (id: BoundariesId) => {
    const places = shippedFacts().places as Record<string, { neighborhoodSlug: string }>;
    const hosts = new Set(Object.values(places).map((p) => p.neighborhoodSlug));
    if (id === 'virtual:alliance-boundaries') return simplifiedBoundaries(boundariesFile, hosts);
    return hostBoundaries(boundariesFile, hosts);
  };
  return {
    name: 'alliance-data',
    configResolved(config) {
      command = config.command;
      single = config.mode === 'single';
      root = config.root;
    },
    configureServer(server) {
      for (const id of Object.keys(BOUNDARIES) as BoundariesId[])
        server.middlewares.use(devUrl(id), (_request, response) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(boundaries(id));
        });
    },
    watchChange() {
      facts = null;
      words = null;
    },
    resolveId(id) {
      // Free of side effects, so a bundle that reads nothing of a module leaves it out.
      const values =
        [ID, COPY_ID].includes(id) ||
        id.startsWith(FILE_PREFIX) ||
        id.startsWith(COPY_PREFIX) ||
        PRERENDERED.has(id) ||
        id === DIGITS_ID;
      if (values) return { id: '\0' + id, moduleSideEffects: false };
      return isBoundaries(id) ? '\0' + id : undefined;
    },
    async load(id) {
      if (id.startsWith('\0') && PRERENDERED.has(id.slice(1))) {
        const run = async <T>(file: string) => {
          const { module, dependencies } = await runnerImport<T>(resolve(root, file), {
            configFile: false,
            root,
            logLevel: 'error',
            plugins: [allianceData({ dir, lang })],
          });
          // The code it ran, and the data it read (from disk, so the runner does not list it).
          const read = [...files, copyFile, resolve(dir, 'copy/en.json')];
          for (const file of [...dependencies.filter((d) => isAbsolute(d)), ...read])
            this.addWatchFile(file);
          return module;
        };
        const name = id.slice(1);
        let value: unknown;
        if (name === STEPS_ID || name === STORY_STEPS_ID) {
          const { buildSteps } =
            await run<typeof import('../src/story/steps.ts')>('src/story/steps.ts');
          const steps = buildSteps(readCopy().steps as Parameters<typeof buildSteps>[0]);
          value =
            name === STORY_STEPS_ID
              ? steps
              : steps.map((step) =>
                  Object.fromEntries(EMBEDDED_STEP_FIELDS.map((key) => [key, step[key]])),
                );
        } else {
          const { campuses, campusTableRows } = await run<
            typeof import('../src/story/campus-data.ts')
          >('src/story/campus-data.ts');
          value = name === CAMPUS_ROWS_ID ? campusTableRows : campuses;
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
      }
      if (id === '\0' + DIGITS_ID) {
        this.addWatchFile(copyFile);
        const { locale } = shippedCopy().meta as { locale: string };
        return `export default ${JSON.stringify(digitGrouping(locale))};`;
      }
      if (id === COPY_RESOLVED_ID || id.startsWith('\0' + COPY_PREFIX)) {
        this.addWatchFile(copyFile);
        const copy = shippedCopy();
        if (id === COPY_RESOLVED_ID) {
          const keys = Object.keys(copy);
          return [
            ...keys.map((key, i) => `import k${i} from ${JSON.stringify(COPY_PREFIX + key)};`),
            `export default { ${keys.map((key, i) => `${JSON.stringify(key)}: k${i}`).join(', ')} };`,
          ].join('\n');
        }
        const key = id.slice(1 + COPY_PREFIX.length);
        if (!Object.hasOwn(copy, key))
          throw new Error(`${id.slice(1)}: no such key in copy/${lang}.json`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(copy[key]))});`;
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
      if (id !== RESOLVED_ID && !id.startsWith('\0' + FILE_PREFIX)) return undefined;
      for (const file of files) this.addWatchFile(file);
      if (lang !== 'en') this.addWatchFile(copyFile);
      const parts = shippedFacts();
      if (id === RESOLVED_ID)
        return Object.keys(parts)
          .map((key) => `export { ${key} } from ${JSON.stringify(FILE_PREFIX + key)};`)
          .join('\n');
      const key = id.slice(1 + FILE_PREFIX.length);
      if (!Object.hasOwn(parts, key)) throw new Error(`${id.slice(1)}: no such file of facts`);
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      return [
        `import { deepFreeze } from ${JSON.stringify(FREEZE_MODULE)};`,
        `export const ${key} = /* @__PURE__ */ deepFreeze(JSON.parse(${JSON.stringify(JSON.stringify(parts[key]))}));`,
      ].join('\n');
    },
  };
}
