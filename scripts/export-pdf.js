/**
 * `npm run export:pdf [-- --no-build] [-- --lang es] [-- --out path.pdf]`: builds the site,
 * serves it on 127.0.0.1, renders every slide in Chromium (?mode=print, one
 * 16:9 page per slide, text kept as text) and writes one PDF for the board
 * packet. Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EDITIONS, ROOT, buildSite } from './site-build.js';
import { serveAndLaunch } from './site-browser.js';

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? '') : null;
const lang = flag('--lang') ?? 'en';
if (!Object.hasOwn(EDITIONS, lang)) {
  console.error(`--lang must be one of ${Object.keys(EDITIONS).join(', ')}; found "${lang}"`);
  process.exit(1);
}
const edition = EDITIONS[/** @type {keyof typeof EDITIONS} */ (lang)];
const out = resolve(
  ROOT,
  flag('--out') ?? `dist/alliance-at-20-slides${lang === 'en' ? '' : `-${lang}`}.pdf`,
);

if (!args.includes('--no-build')) await buildSite();
const site = await serveAndLaunch();
try {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${site.origin}/${edition ? `${edition}/` : ''}?mode=print`);
  // Every map on its page has its boundaries (or has said they failed) before printing.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.campus-map')].every((m) =>
      ['ready', 'failed'].includes(m.getAttribute('data-status') ?? ''),
    ),
  );
  await page.emulateMedia({ media: 'print' });
  await mkdir(dirname(out), { recursive: true });
  await page.pdf({
    path: out,
    width: '1280px',
    height: '720px',
    printBackground: true,
    preferCSSPageSize: true,
  });
  const slides = await page.locator('.deck .page').count();
  const { size } = await stat(out);
  console.log(`Wrote ${out}: ${slides} slides, ${(size / 1024).toFixed(0)} KB`);
} finally {
  await site.close();
}
