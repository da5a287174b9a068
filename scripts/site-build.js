/**
 * Builds the site: for each edition (English at /, Spanish at /es/), the story
 * page and the embed page, then a server bundle of the same app whose HTML is
 * written into the story page, so text is there before any script runs. The
 * partners' loader (/embed.js) is built once. The data plugin validates data/
 * (and the edition's words) in every build; a problem stops them. `single:
 * true` inlines every script, style and data file (the neighborhood boundaries
 * too) of the English story into one HTML file that opens from a disk with no
 * network.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * Each edition's folder inside the site, as src/lib/editions.ts serves them (a
 * Node script cannot import that file); vite.config.ts reads the edition from ALLIANCE_LANG.
 */
export const EDITIONS = /** @type {const} */ ({ en: '', es: 'es' });

/**
 * The story page's one stylesheet goes into the page itself: the first paint
 * then waits for no second request. (The embed page keeps its link: its policy
 * allows no inline style.)
 * @param {string} html
 * @param {string} outDir
 */
async function inlineStylesheet(html, outDir) {
  const link = /<link rel="stylesheet"[^>]*href="\/(?:es\/)?(assets\/[^"]+\.css)"[^>]*>/;
  const found = link.exec(html);
  if (!found) throw new Error('the story page links no stylesheet to inline');
  const css = await readFile(join(outDir, found[1] ?? ''), 'utf8');
  return html.replace(link, () => `<style>${css}</style>`);
}

/**
 * @param {{ single?: boolean, outDir?: string }} [options]
 * @returns {Promise<string>} the path of the English index.html
 */
export async function buildSite(options = {}) {
  const outDir = resolve(ROOT, options.outDir ?? (options.single ? 'dist-single' : 'dist'));
  if (options.single) return buildEdition('en', outDir, true);
  const file = await buildEdition('en', outDir, false);
  await buildEdition('es', join(outDir, EDITIONS.es), false);
  return file;
}

/**
 * @param {keyof typeof EDITIONS} lang
 * @param {string} outDir
 * @param {boolean} single
 */
async function buildEdition(lang, outDir, single) {
  const previous = process.env.ALLIANCE_LANG;
  process.env.ALLIANCE_LANG = lang;
  try {
    const ssrOut = join(ROOT, `dist-ssr-${lang}${single ? '-single' : ''}`);
    await build({
      root: ROOT,
      logLevel: 'warn',
      ...(single
        ? {
            mode: 'single',
            plugins: [viteSingleFile({ removeViteModuleLoader: true })],
            publicDir: false,
          }
        : { publicDir: lang === 'en' ? 'static' : false }),
      build: { outDir, emptyOutDir: true },
    });
    if (!single) {
      // The embed page, into the same folder.
      await build({
        root: ROOT,
        logLevel: 'warn',
        mode: 'embed',
        publicDir: false,
        build: { outDir, emptyOutDir: false },
      });
    }
    if (!single && lang === 'en') {
      // /embed.js for partner sites: one classic script, no module loader, no global.
      await build({
        root: ROOT,
        logLevel: 'warn',
        configFile: false,
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          rollupOptions: {
            input: join(ROOT, 'src/embed-loader.ts'),
            output: { format: 'iife', entryFileNames: 'embed.js' },
          },
        },
      });
    }
    await build({
      root: ROOT,
      logLevel: 'warn',
      publicDir: false,
      build: { ssr: 'src/entry-server.ts', outDir: ssrOut, emptyOutDir: true },
    });

    /** @type {{ renderPage: () => Promise<{ head: string; body: string }> }} */
    const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
    const { head, body } = await server.renderPage();

    const file = join(outDir, 'index.html');
    const template = await readFile(file, 'utf8');
    if (!template.includes('<!--app-html-->') || !template.includes('<!--app-head-->')) {
      throw new Error(`${file} has no <!--app-head--> or <!--app-html--> placeholder to fill`);
    }
    const html = template
      .replace('<!--app-head-->', () => head)
      .replace('<!--app-html-->', () => body);
    await writeFile(file, single ? html : await inlineStylesheet(html, outDir));
    await rm(ssrOut, { recursive: true, force: true });
    return file;
  } finally {
    if (previous === undefined) delete process.env.ALLIANCE_LANG;
    else process.env.ALLIANCE_LANG = previous;
  }
}
