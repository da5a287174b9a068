/**
 * Embeds on a partner's page in real Chromium. The host is served from its
 * own origin (another port); it includes the loader twice and places all four
 * sections. Each iframe fits its content at three widths and after a resize,
 * with no inner scrollbar; hostile messages change nothing; nothing is
 * requested from a third origin; and a hand-made iframe with a strict sandbox
 * and a strict Content-Security-Policy still shows its section.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { places, schoolsById } from '../../data/index.ts';
import { simplifiedBoundaries } from '../../scripts/boundaries.ts';
import { landFromTopology } from '../../src/lib/boundaries.ts';
import { SECTIONS } from '../../src/lib/embed-protocol.ts';
import { LAND_DRAWN, partnerSite, siteAndBrowser, watch } from './harness.ts';

const env = siteAndBrowser();

const partnerPage = (story: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A partner's page</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif}p{margin:0;padding:8px}</style></head>
<body><p>A partner's own words above the sections.</p>
${SECTIONS.map((s) => `<div data-alliance-story="${s}"${s === 'map' ? ' data-step="eastside"' : ''}></div>`).join('\n')}
<p>And below.</p>
<script src="${story}/embed.js" async></script>
<script src="${story}/embed.js" async></script>
</body></html>`;

const strictPage = (story: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A strict partner</title><link rel="icon" href="data:,"></head>
<body><iframe title="Campus map" sandbox="allow-scripts allow-popups" style="width:600px;height:900px;border:0"
src="${story}/embed.html?section=map"></iframe></body></html>`;

const host = partnerSite((url) =>
  url.pathname.startsWith('/strict') ? strictPage(env.site.origin) : partnerPage(env.site.origin),
);

/** The frame of a section's iframe, once its page has started. */
async function sectionFrame(page: Page, section: string): Promise<Frame> {
  const element = page.locator(`[data-alliance-story="${section}"] iframe`);
  await element.scrollIntoViewIfNeeded();
  const handle = await element.elementHandle();
  let frame: Frame | null = null;
  await expect
    .poll(
      async () =>
        (frame = await handle!.contentFrame()) !== null && frame.url().includes('embed.html'),
    )
    .toBe(true);
  await frame!.locator('.embed').waitFor();
  return frame!;
}

/** The iframe's height and the height of what it holds. */
async function heights(page: Page, section: string) {
  const frame = await sectionFrame(page, section);
  const outer = await page
    .locator(`[data-alliance-story="${section}"] iframe`)
    .evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(
    () => document.querySelector('.embed')!.getBoundingClientRect().height,
  );
  const scroll = await frame.evaluate(() => ({
    y: document.documentElement.scrollHeight - innerHeight,
    x: document.documentElement.scrollWidth - innerWidth,
  }));
  return { outer, inner, scroll };
}

async function fitted(page: Page, section: string) {
  await expect
    .poll(
      async () => {
        const { outer, inner } = await heights(page, section);
        return Math.abs(outer - inner);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  return heights(page, section);
}

describe('embeds on a partner page', () => {
  it('fit their content at 320, 600 and 1000 px, re-fit on resize, show no inner scrollbar, and stay on the story’s origin', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1000, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const { problems, requests } = watch(page);
    await page.goto(`${host.origin}/`);
    // Included twice, the loader still fills each placeholder once.
    await expect.poll(() => page.locator('iframe').count()).toBe(SECTIONS.length);
    const measured: Record<string, Record<number, number>> = {};
    for (const width of [1000, 600, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const section of SECTIONS) {
        const { outer, scroll } = await fitted(page, section);
        expect(scroll.y, `${section} at ${width}`).toBeLessThanOrEqual(1);
        expect(scroll.x, `${section} at ${width}`).toBeLessThanOrEqual(1);
        (measured[section] ??= {})[width] = Math.round(outer);
      }
    }
    for (const section of SECTIONS) {
      expect(
        new Set(Object.values(measured[section]!)).size,
        `${section} heights ${JSON.stringify(measured[section])}`,
      ).toBeGreaterThan(1);
    }
    console.log(`embed heights (px) by host width: ${JSON.stringify(measured)}`);
    const allowed = [host.origin, env.site.origin];
    expect(
      requests.filter(
        (url) => !allowed.some((o) => url.startsWith(`${o}/`)) && !/^(data|blob):/.test(url),
      ),
    ).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ignores 200 hostile messages, to the loader and to the embeds, and logs nothing', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 600, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(`${host.origin}/`);
    const before: Record<string, number> = {};
    const steps: Record<string, string | null> = {};
    for (const section of SECTIONS) {
      before[section] = (await fitted(page, section)).outer;
      steps[section] = await (
        await sectionFrame(page, section)
      )
        .locator('.embed')
        .getAttribute('data-step');
    }
    await page.evaluate(() => {
      const junk: unknown[] = [
        { sentinel: 'amp', type: 'embed-size', height: 5 },
        { sentinel: 'amp', type: 'embed-size', height: 1e9 },
        { sentinel: 'amp', type: 'embed-size', height: '90' },
        { sentinel: 'alliance-story', type: 'navigate', step: 'nowhere' },
        { sentinel: 'alliance-story', type: 'navigate', step: 'x'.repeat(5000) },
        { sentinel: 'alliance-story', type: 'navigate', step: { toString: 1 } },
        'pymxPYMxalliance-map-0xPYMxheightxPYMx5',
        '{"sentinel":"amp","type":"embed-size","height":5}',
        null,
        [1, 2, 3],
      ];
      const frames = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow!);
      for (let i = 0; i < 200; i++) {
        const message = junk[i % junk.length];
        // To the loader (from the host's own origin, which the loader does not trust)…
        window.postMessage(message, '*');
        // …and to each embed.
        for (const frame of frames) frame.postMessage(message, '*');
      }
    });
    await page.waitForTimeout(600);
    for (const section of SECTIONS) {
      const after = await heights(page, section);
      expect(Math.abs(after.outer - before[section]!), section).toBeLessThanOrEqual(2);
      await expect(
        (await sectionFrame(page, section)).locator('.embed').getAttribute('data-step'),
      ).resolves.toBe(steps[section]);
    }
    // A well-formed navigate is the one message an embed takes.
    const map = await sectionFrame(page, 'map');
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('[data-alliance-story="map"] iframe')!
        .contentWindow!.postMessage(
          { sentinel: 'alliance-story', type: 'navigate', step: 'harbor' },
          '*',
        ),
    );
    await expect.poll(() => map.locator('.embed').getAttribute('data-step')).toBe('harbor');
    // The map frames the step's region (a partner's reader cannot pan there), its campuses in view.
    await expect
      .poll(async () =>
        Number((await map.locator('.campus-map').getAttribute('data-transform'))!.split(',')[0]),
      )
      .toBeGreaterThan(2);
    // The step's school (its text cites Baxter's record) comes to rest inside the map (it glides there).
    const baxterInside = async () => {
      const canvas = (await map.locator('.campus-map .canvas').boundingBox())!;
      const box = (await map.locator('.marker[data-campus="baxter"]').boundingBox())!;
      return (
        box.x >= canvas.x &&
        box.y >= canvas.y &&
        box.x + box.width <= canvas.x + canvas.width &&
        box.y + box.height <= canvas.y + canvas.height
      );
    };
    await expect.poll(baxterInside).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works in an iframe sandboxed to scripts and popups only, under its own policy with no inline scripts', async () => {
    const context = await env.browser.newContext({ viewport: { width: 700, height: 1000 } });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(`${host.origin}/strict`);
    const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
    await frame.locator('.embed').waitFor();
    // The page's own policy: nothing inline may run, only the story's origin.
    await expect(
      frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).resolves.toMatch(/script-src 'self';/);
    await expect
      .poll(() => frame.locator('.campus-map').getAttribute('data-status'), LAND_DRAWN)
      .toBe('ready');
    expect(await frame.locator('[data-campus]').count()).toBeGreaterThan(20);
    // Its base layer is the lighter one: the regions, and the neighborhoods that hold a campus.
    const hosts = new Set(Object.values(places).map((p) => p.neighborhoodSlug));
    const full = await landFromTopology(
      JSON.parse(simplifiedBoundaries('data/neighborhoods.topo.json')),
    );
    const drawn = await frame
      .locator('path.borders')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').join(''));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(full.borders.map((b) => b.d).join('').length / 5);
    expect(await frame.locator('path.region-land').count()).toBe(16);
    expect(await frame.locator('path.host').count()).toBeGreaterThan(0);
    expect(await frame.locator('path.host').count()).toBeLessThanOrEqual(hosts.size);
    // The step's words are there; the campus table's code arrives when a reader opens it.
    await expect(frame.locator('.embed .step').textContent()).resolves.toMatch(/\w{4,}/);
    expect(await frame.locator('.table table').count()).toBe(0);
    await frame.locator('.table summary').click();
    await expect.poll(() => frame.locator('.table tbody tr').count()).toBe(schoolsById.size);
    // Sandboxed without its own origin, the embed can keep nothing: no cookie, no storage.
    await expect(frame.evaluate(() => document.cookie)).rejects.toThrow();
    expect(problems).toEqual([]);
    await context.close();
  });
  it('says so in words when the campus table’s code cannot load', async () => {
    const context = await env.browser.newContext({ viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    await page.route(/\/assets\/CampusTable-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${env.site.origin}/embed.html?section=map`);
    await page.locator('.table summary').click();
    await expect
      .poll(() => page.locator('.table [role="status"]').textContent())
      .toBe(copy.embed.tableFailed);
    expect(await page.locator('.table table').count()).toBe(0);
    await context.close();
  });
  it('shows every campus once the keyboard reaches one outside the step’s frame', async () => {
    const context = await env.browser.newContext({ viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(`${env.site.origin}/embed.html?section=map&step=south-la`);
    const map = page.locator('.campus-map');
    await expect.poll(() => map.getAttribute('data-status'), LAND_DRAWN).toBe('ready');
    const zoom = async () => Number((await map.getAttribute('data-transform'))!.split(',')[0]);
    await expect.poll(zoom).toBeGreaterThan(1.2);
    const inside = async () => {
      const canvas = (await page.locator('.canvas').boundingBox())!;
      const box = (await page.locator('.marker:focus').boundingBox())!;
      return (
        box.x >= canvas.x &&
        box.y >= canvas.y &&
        box.x + box.width <= canvas.x + canvas.width &&
        box.y + box.height <= canvas.y + canvas.height
      );
    };
    // Tab past the level filter to the first campus, the northernmost: outside South L.A.
    for (let i = 0; i < 10 && (await page.locator('.marker:focus').count()) === 0; i++)
      await page.keyboard.press('Tab');
    await expect.poll(zoom).toBe(1);
    await expect.poll(inside).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
