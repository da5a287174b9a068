/**
 * What every browser test needs: the built site served by `vite preview` on
 * 127.0.0.1 (started and stopped by the test), and Debian's Chromium driven by
 * playwright-core. Chromium's path comes from CHROMIUM_PATH (default
 * /usr/bin/chromium); a missing browser fails loudly, never skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * How long a test waits for a map's land: its borders join the page a slice
 * at a time, at idle moments, which a busy machine may hold back for seconds.
 */
export const LAND_DRAWN = { timeout: 8000 };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function serveBuiltSite(): Promise<Site> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` first (npm run test:e2e does).',
    );
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string')
    throw new Error('vite preview did not report a port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () => server.close(),
  };
}

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need Debian's chromium: ` +
        'run `sudo apt-get update && sudo apt-get install -y chromium`, ' +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  // launch() starts Chromium headless with a fresh, temporary --user-data-dir of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return { browser, close: () => browser.close() };
}

/** Collects console errors, page errors and every request the page makes. */
export function watch(page: Page) {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { problems, requests };
}

/** Requests that leave the site's own origin (data: and blob: URLs stay on the page). */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules axe-core checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's WCAG A and AA violations in a page or a frame as it is now, one
 * line per rule with the elements it found. (Evaluated through the DevTools
 * protocol, so the embed page's own policy does not stop it.)
 */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(axeSource);
  const { violations, passed } = await target.evaluate(async (tags) => {
    const results = await (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; nodes: { target: string[] }[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return { violations: results.violations, passed: results.passes.length };
  }, WCAG_TAGS);
  // An audit that checked nothing proves nothing.
  if (passed < 10) throw new Error(`axe-core passed only ${passed} rules: did it see the page?`);
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

/** Brings a page island near the screen and waits until it has hydrated (src/main.ts marks it). */
export async function islandReady(page: Page, name: string): Promise<void> {
  const island = page.locator(`[data-island="${name}"]`);
  await island.scrollIntoViewIfNeeded();
  await island.and(page.locator('[data-ready]')).waitFor();
}

export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

/** Pairs of labels (matched by `selector`) whose drawn boxes overlap, measured by the browser. */
export function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    // Chromium can report an SVG text's box from the previous frame right after its
    // transform changes; measure what is on screen, two frames on.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    // Names drawn ahead for other steps, hidden until theirs, are not on screen.
    const shown = [...document.querySelectorAll<SVGTextElement>(selector)].filter(
      (t) => getComputedStyle(t).visibility === 'visible',
    );
    const boxes = shown.map((t) => ({
      text: t.textContent ?? '',
      box: t.getBoundingClientRect(),
    }));
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.box, boxes[j]!.box];
        if (
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5
        ) {
          clashes.push(`"${boxes[i]!.text}" / "${boxes[j]!.text}"`);
        }
      }
    }
    return clashes;
  }, selector);
}

/**
 * The built site and a browser for one test file: started before its tests,
 * stopped after them. Read `env.site` and `env.browser` inside tests.
 */
/**
 * A partner's site on an origin of its own (127.0.0.1, another port), serving
 * the page `render` writes for each address; started before the file's tests
 * and stopped after them.
 */
export function partnerSite(render: (url: URL) => string): { origin: string } {
  const partner = { origin: '' };
  let server: Server | undefined;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = render(new URL(request.url ?? '/', partner.origin));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    partner.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
  });
  return partner;
}

export function siteAndBrowser(): { site: Site; browser: Browser } {
  const env = {} as { site: Site; browser: Browser; chromium?: { close(): Promise<void> } };
  beforeAll(async () => {
    env.site = await serveBuiltSite();
    const chromium = await launchChromium();
    env.chromium = chromium;
    env.browser = chromium.browser;
  });
  afterAll(async () => {
    await env.chromium?.close();
    await env.site?.close();
  });
  return env;
}
