/**
 * Builds the site: the client bundle, then a server bundle of the same app
 * whose HTML is written into the page, so text is there before any script
 * runs. The data plugin validates data/ in both builds; a problem stops them.
 * `single: true` inlines every script, style and data file (the neighborhood
 * boundaries too) into one HTML file that opens from a disk with no network.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * The story page's one stylesheet goes into the page itself: the first paint
 * then waits for no second request. (The embed page keeps its link: its policy
 * allows no inline style.)
 * @param {string} html
 * @param {string} outDir
 */
async function inlineStylesheet(html, outDir) {
  const link = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/;
  const found = link.exec(html);
  if (!found) throw new Error('dist/index.html links no stylesheet to inline');
  const css = await readFile(join(outDir, found[1] ?? ''), 'utf8');
  return html.replace(link, () => `<style>${css}</style>`);
}

/**
 * @param {{ single?: boolean, outDir?: string }} [options]
 * @returns {Promise<string>} the path of the written index.html
 */
export async function buildSite(options = {}) {
  const outDir = resolve(ROOT, options.outDir ?? (options.single ? 'dist-single' : 'dist'));
  const ssrOut = join(ROOT, options.single ? 'dist-ssr-single' : 'dist-ssr');

  await build({
    root: ROOT,
    logLevel: 'warn',
    ...(options.single
      ? {
          mode: 'single',
          plugins: [viteSingleFile({ removeViteModuleLoader: true })],
          publicDir: false,
        }
      : {}),
    build: { outDir, emptyOutDir: true },
  });
  if (!options.single) {
    // The embed page, into the same folder.
    await build({
      root: ROOT,
      logLevel: 'warn',
      mode: 'embed',
      publicDir: false,
      build: { outDir, emptyOutDir: false },
    });
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
  await writeFile(file, options.single ? html : await inlineStylesheet(html, outDir));
  await rm(ssrOut, { recursive: true, force: true });
  return file;
}
