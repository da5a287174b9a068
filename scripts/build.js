/**
 * `npm run build`: the client bundle, then a server bundle of the same app whose
 * HTML is written into dist/index.html, so text is there before any script runs.
 * The data plugin validates data/ in both builds; a problem stops the build.
 */
import { rm } from 'node:fs/promises';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'dist-ssr');

try {
  await build({ root, logLevel: 'warn' });
  await build({
    root,
    logLevel: 'warn',
    publicDir: false,
    build: { ssr: 'src/entry-server.ts', outDir: ssrOut, emptyOutDir: true },
  });

  /** @type {{ renderPage: () => { head: string; body: string } }} */
  const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
  const { head, body } = server.renderPage();

  const file = join(dist, 'index.html');
  const template = await readFile(file, 'utf8');
  if (!template.includes('<!--app-html-->') || !template.includes('<!--app-head-->')) {
    throw new Error(`${file} has no <!--app-head--> or <!--app-html--> placeholder to fill`);
  }
  const html = template
    .replace('<!--app-head-->', () => head)
    .replace('<!--app-html-->', () => body);
  await writeFile(file, html);
  await rm(ssrOut, { recursive: true, force: true });
  console.log(`Built and prerendered ${file} (${Buffer.byteLength(html)} bytes of HTML)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
