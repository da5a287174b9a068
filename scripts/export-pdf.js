/**
 * `npm run export:pdf [-- --no-build] [-- --out path.pdf]`: builds the site,
 * serves it on 127.0.0.1, renders every slide in Chromium (?mode=print, one
 * 16:9 page per slide, text kept as text) and writes one PDF for the board
 * packet. Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { ROOT, buildSite } from './site-build.js';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = resolve(
  ROOT,
  outFlag >= 0 ? (args[outFlag + 1] ?? '') : 'dist/alliance-at-20-slides.pdf',
);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(executablePath)) {
  console.error(
    `Chromium was not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

if (!args.includes('--no-build')) await buildSite();
const server = await preview({
  root: ROOT,
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0 },
});
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
});
try {
  const address = server.httpServer.address();
  if (!address || typeof address === 'string')
    throw new Error('the preview server reported no port');
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/?mode=print`);
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
  await browser.close();
  await server.close();
}
