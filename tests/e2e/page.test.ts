/**
 * The built story page in real Chromium: prerendered text before any script,
 * islands that hydrate only when the reader nears them and keep the server's
 * nodes, no console errors, no foreign hosts.
 * Not covered here: layout at different sizes (see the screenshot tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organization } from '../../data/index.ts';
import copy from '../../data/copy/en.json';
import { formatNumber } from '../../src/lib/format.ts';
import { foreignRequests, islandReady, ROOT, siteAndBrowser, watch } from './harness.ts';

const env = siteAndBrowser();

const figures = [
  String(organization.headline.founded),
  formatNumber(organization.headline.schools.value),
  formatNumber(organization.headline.scholars.value),
];

describe('the prerendered page', () => {
  it('holds the title and the headline figures as text in dist/index.html', () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const textOf = (markup: string) => markup.replace(/<[^>]*>/g, '').trim();
    expect(html).toContain(`<title>${copy.meta.title}</title>`);
    expect(textOf(/<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1] ?? '')).toBe(copy.hero.title);
    const numbers = [...html.matchAll(/<dd[^>]*>(.*?)<\/dd>/g)].map((m) =>
      textOf(m[1]!).split(/\s+/).at(-1),
    );
    expect(numbers).toEqual(figures);
  });

  it('shows the title and figures with JavaScript turned off', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await expect(page.locator('h1').textContent()).resolves.toBe(copy.hero.title);
    const numbers = await page.locator('.figures dd').allTextContents();
    expect(numbers.map((n) => n.trim().split(/\s+/).at(-1))).toEqual(figures);
    await context.close();
  });
});

describe('the hydrated page', () => {
  it('opens the counting note with no script at all', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await expect(page.locator('#counting-note').isVisible()).resolves.toBe(false);
    await page.getByText(copy.hero.countingToggle).click();
    await expect(page.locator('#counting-note').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('loads an island only near it, keeps its server nodes, responds, and logs nothing', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { problems, requests } = watch(page);
    // Tag prerendered nodes before any module script runs; hydration must keep them.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        document.querySelector('h1')?.setAttribute('data-from-server', 'yes');
        document.querySelector('#explore th')?.setAttribute('data-from-server', 'yes');
      });
    });
    await page.goto(env.site.url);
    await page.waitForLoadState('networkidle');
    const islandScripts = () =>
      requests.filter((url) => /\/assets\/(explore|recognized)-/i.test(url));
    expect(islandScripts()).toEqual([]);
    // Nor the map's boundaries: they come with the story.
    expect(requests.filter((url) => /\.topo-[\w-]+\.json$/.test(url))).toEqual([]);

    await islandReady(page, 'explore');
    expect(islandScripts().length).toBeGreaterThan(0);
    const sortable = page.locator('#explore th.sortable').nth(1);
    await sortable.locator('button').click();
    await expect(sortable.getAttribute('aria-sort')).resolves.toMatch(/ascending|descending/);

    await expect(page.locator('h1').getAttribute('data-from-server')).resolves.toBe('yes');
    await expect(
      page.locator('#explore th').first().getAttribute('data-from-server'),
    ).resolves.toBe('yes');
    await expect(page.locator('main').count()).resolves.toBe(1);
    await expect(page.locator('#explore table').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    expect(foreignRequests(requests, env.site.origin)).toEqual([]);
    await context.close();
  });
});

describe('waking the islands', () => {
  it('wakes the free map only once the reader is still, the story while they scroll', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(env.site.url);
    await page.waitForLoadState('networkidle');
    const ready = (name: string) => page.locator(`[data-island="${name}"][data-ready]`).count();
    const exploreTop = () =>
      page.evaluate(
        () => document.querySelector('[data-island="explore"]')!.getBoundingClientRect().top,
      );
    await page.mouse.move(195, 300);
    // The wheel, without a pause, until the free map is in view and a little further.
    let storyWoke = false;
    let inside = 0;
    for (let i = 0; i < 1000 && inside < 3; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(20);
      storyWoke ||= (await ready('story')) === 1;
      if ((await exploreTop()) < 844) {
        inside += 1;
        expect(await ready('explore')).toBe(0);
      }
    }
    expect(inside).toBe(3);
    expect(storyWoke).toBe(true);
    await expect.poll(() => ready('explore'), { timeout: 5000 }).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the table of every school', () => {
  it.each([
    { width: 390, height: 844, whole: false },
    { width: 1366, height: 768, whole: true },
    { width: 1920, height: 1080, whole: true },
  ])(
    'shows each row’s map button without scrolling sideways ($width×$height; all columns in view: $whole)',
    async ({ width, height, whole }) => {
      const context = await env.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const { problems } = watch(page);
      await page.goto(`${env.site.url}#explore`);
      await page.waitForLoadState('load');
      await islandReady(page, 'explore');
      const table = page.locator('#explore .campus-table');
      const region = (await table.boundingBox())!;
      const button = (await table
        .locator('button', { hasText: copy.campusTable.showOnMap })
        .first()
        .boundingBox())!;
      expect(button.x + button.width).toBeLessThanOrEqual(region.x + region.width);
      const overflow = await table.evaluate((t) => t.scrollWidth - t.clientWidth);
      if (whole) expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
