/**
 * The campus map in real Chromium: story steps move the map, markers open
 * their cards by tap and by keyboard, the table stands in when the boundary
 * file fails, and screenshots at three sizes land in test-results/screenshots/.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { schools } from '../../data/index.ts';
import { buildSteps } from '../../src/story/steps.ts';
import { campuses } from '../../src/story/campus-data.ts';
import {
  islandReady,
  LAND_DRAWN,
  overlappingLabels,
  ROOT,
  siteAndBrowser,
  watch,
} from './harness.ts';

const env = siteAndBrowser();

const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function open(options: {
  width: number;
  height: number;
  hash?: string;
  touch?: boolean;
  failBoundaries?: boolean;
}) {
  const context = await env.browser.newContext({
    viewport: { width: options.width, height: options.height },
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  if (options.failBoundaries) {
    await page.route(/neighborhoods\.topo-[\w-]+\.json$/, (route) =>
      route.fulfill({ status: 404, body: 'missing' }),
    );
  }
  const watched = watch(page);
  await page.goto(`${env.site.url}${options.hash ? `#${options.hash}` : ''}`);
  await page.waitForLoadState('load');
  return { context, page, ...watched };
}

/** The regions of the boundary file: the borders are drawn a path per region. */
const REGIONS = (
  JSON.parse(readFileSync(join(ROOT, 'data/neighborhoods.topo.json'), 'utf8')) as {
    objects: { regions: { geometries: unknown[] } };
  }
).objects.regions.geometries.length;

const storyMap = (page: Page) => page.locator('.story .campus-map');
/** What the story's map shows: it draws every step's markers and names ahead, each unseen until its step. */
const storyPins = (page: Page) => storyMap(page).locator('.pins.shown');
const exploreMap = (page: Page) => page.locator('.explore .campus-map');

async function goToStep(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const element = document.getElementById(stepId)!;
    scrollTo({
      top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
      behavior: 'instant',
    });
  }, id);
  await expect.poll(() => page.locator('.story').getAttribute('data-active-step')).toBe(id);
  // What is drawn settles a frame after the state changes: measure what is on screen.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

describe('the map in the story', () => {
  it('frames a different area for each region step, computed from its campuses', async () => {
    const { context, page, problems } = await open({ width: 1366, height: 768 });
    // The boundaries wait for the story: at the top of the page, none are drawn.
    await page.waitForTimeout(500);
    await expect(storyMap(page).getAttribute('data-status')).resolves.toBe('idle');
    // They are drawn while the first step is read, before a step shows the map.
    await goToStep(page, 'founding-leader');
    await expect.poll(() => storyMap(page).getAttribute('data-status'), LAND_DRAWN).toBe('ready');
    // A path of borders per region.
    expect(await storyMap(page).locator('path.borders').count()).toBe(REGIONS);
    await goToStep(page, 'south-la');
    const frames: Record<string, string> = {};
    for (const id of ['south-la', 'southeast', 'eastside', 'harbor', 'last-openings']) {
      await goToStep(page, id);
      await page.waitForTimeout(100);
      frames[id] = (await storyMap(page).getAttribute('data-transform'))!;
    }
    expect(new Set(Object.values(frames)).size).toBe(5);
    for (const id of Object.keys(frames)) {
      await goToStep(page, id);
      expect(await overlappingLabels(page, '.story .campus-map .pins.shown .label'), id).toEqual(
        [],
      );
    }
    // Each region's campuses are inside the visible map.
    const box = (await storyMap(page).locator('.canvas').boundingBox())!;
    for (const id of ['mckinzie', 'stern']) {
      await goToStep(page, 'eastside');
      const marker = (await storyPins(page).locator(`[data-campus="${id}"]`).boundingBox())!;
      expect(marker.x).toBeGreaterThanOrEqual(box.x);
      expect(marker.x + marker.width).toBeLessThanOrEqual(box.x + box.width);
      expect(marker.y).toBeGreaterThanOrEqual(box.y);
      expect(marker.y + marker.height).toBeLessThanOrEqual(box.y + box.height);
    }
    // The graphic shows the map on map steps and the timeline on the others.
    await expect(page.locator('.layers').getAttribute('data-graphic')).resolves.toBe('map');
    await goToStep(page, 'recognized-all');
    await expect(page.locator('.layers').getAttribute('data-graphic')).resolves.toBe(
      'recognitions',
    );
    await goToStep(page, 'founder-remembered');
    await expect(page.locator('.layers').getAttribute('data-graphic')).resolves.toBe('timeline');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])(
    'names the region each region step speaks of, at $width×$height',
    async ({ width, height }) => {
      const regionSteps = buildSteps(copy.steps).filter(
        (s) => s.graphic === 'map' && s.state.region,
      );
      const { context, page } = await open({ width, height, hash: regionSteps[0]!.id });
      await expect.poll(() => storyMap(page).getAttribute('data-status'), LAND_DRAWN).toBe('ready');
      for (const step of regionSteps) {
        await goToStep(page, step.id);
        const names = await storyPins(page).locator('.label.region-name').allTextContents();
        expect(names, step.id).toContain(step.state.region);
      }
      await context.close();
    },
  );

  it('shows campuses as they open: one in 2004, then more', async () => {
    const { context, page } = await open({ width: 1366, height: 768, hash: 'first-school' });
    await expect.poll(() => storyPins(page).locator('[data-campus]').count()).toBe(1);
    await goToStep(page, 'five-in-one-day');
    await expect.poll(() => storyPins(page).locator('[data-campus]').count()).toBe(16);
    await context.close();
  });
});

describe('the map to explore', () => {
  it.each([320, 390, 1366])(
    'starts every row of its level filter at one edge (%i px wide)',
    async (width) => {
      const { context, page, problems } = await open({ width, height: 844 });
      await exploreMap(page).scrollIntoViewIfNeeded();
      await islandReady(page, 'explore');
      const boxes = await exploreMap(page)
        .locator('.filter > label, .filter > button')
        .evaluateAll((nodes) =>
          nodes.map((n) => {
            const r = n.getBoundingClientRect();
            return { left: Math.round(r.left), top: Math.round(r.top) };
          }),
        );
      // Every choice below the first row starts where the rows below it do.
      const rows = boxes.filter((b, i) => i > 0 && b.top > boxes[i - 1]!.top);
      for (const row of rows) expect(row.left).toBe(rows[0]!.left);
      if (rows.length > 0) expect(boxes[0]!.left).toBe(rows[0]!.left);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('opens a card when a campus is tapped', async () => {
    const { context, page, problems } = await open({ width: 390, height: 844, touch: true });
    await exploreMap(page).scrollIntoViewIfNeeded();
    await expect.poll(() => exploreMap(page).getAttribute('data-status'), LAND_DRAWN).toBe('ready');
    const marker = exploreMap(page).locator(`[data-campus="collins"]`);
    await marker.tap();
    const card = exploreMap(page).locator('.card');
    await expect(card.textContent()).resolves.toContain(
      campuses.find((c) => c.id === 'collins')!.name,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('walks the campuses north to south with Tab, each opening its card; Escape closes', async () => {
    const { context, page, problems } = await open({ width: 1366, height: 900 });
    await islandReady(page, 'explore');
    await page.locator('.explore .filter .reset').focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-campus'));
      order.push(id!);
      await expect(exploreMap(page).locator('.card').textContent()).resolves.toContain(
        campuses.find((c) => c.id === id)!.name,
      );
    }
    const lat = (id: string) => campuses.find((c) => c.id === id)!.latitude;
    expect(lat(order[0]!)).toBeGreaterThanOrEqual(lat(order[1]!));
    expect(lat(order[1]!)).toBeGreaterThanOrEqual(lat(order[2]!));
    await page.keyboard.press('Escape');
    await expect(exploreMap(page).locator('.card').count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-campus'))).toBe(
      order[2],
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('zooms with the wheel and comes back with the reset button', async () => {
    const { context, page } = await open({ width: 1366, height: 900 });
    await islandReady(page, 'explore');
    await exploreMap(page).scrollIntoViewIfNeeded();
    await page.locator('.explore .campus-map[data-pan="ready"]').waitFor();
    const before = await exploreMap(page).getAttribute('data-transform');
    const canvas = (await exploreMap(page).locator('.canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => exploreMap(page).getAttribute('data-transform')).not.toBe(before);
    await exploreMap(page).getByRole('button', { name: /reset/i }).click();
    await expect.poll(() => exploreMap(page).getAttribute('data-transform')).toBe(before);
    await context.close();
  });

  it('links the table to the map: "show on map" opens that campus', async () => {
    const { context, page } = await open({ width: 1366, height: 900 });
    await islandReady(page, 'explore');
    await page.getByRole('button', { name: /Show on map: Alliance Ted K\. Tajima/ }).click();
    await expect(exploreMap(page).locator('.card').textContent()).resolves.toContain('Tajima');
    await context.close();
  });
});

describe('when the boundary file fails', () => {
  it('says so in one sentence, keeps the campuses and the table, and logs only the failed request', async () => {
    const { context, page, problems } = await open({
      width: 1366,
      height: 900,
      failBoundaries: true,
    });
    await exploreMap(page).scrollIntoViewIfNeeded();
    await expect.poll(() => exploreMap(page).getAttribute('data-status')).toBe('failed');
    await expect(exploreMap(page).getByRole('status').textContent()).resolves.toMatch(
      /could not be loaded/,
    );
    expect(await exploreMap(page).locator('[data-campus]').count()).toBeGreaterThan(20);
    expect(await exploreMap(page).locator('path.borders').count()).toBe(0);
    await expect(page.locator('.explore table tbody tr').count()).resolves.toBe(schools.length);
    expect(problems).toEqual([
      expect.stringMatching(/^console\.error: Failed to load resource: .*404/),
    ]);
    await context.close();
  });
});

describe('the map at three sizes', () => {
  it.each([
    { name: 'phone', width: 390, height: 844 },
    { name: 'laptop', width: 1366, height: 768 },
    { name: 'projector', width: 1920, height: 1080 },
  ])('is drawn with its neighborhoods on a $name', async ({ name, width, height }) => {
    const { context, page, problems } = await open({ width, height, hash: 'south-la' });
    await expect.poll(() => storyMap(page).getAttribute('data-status'), LAND_DRAWN).toBe('ready');
    expect(await storyMap(page).locator('path.borders').count()).toBe(REGIONS);
    await page.waitForTimeout(300);
    const story = join(SCREENSHOTS, `map-story-${name}-${width}x${height}.png`);
    await page.screenshot({ path: story });
    await exploreMap(page).scrollIntoViewIfNeeded();
    await expect.poll(() => exploreMap(page).getAttribute('data-status'), LAND_DRAWN).toBe('ready');
    const explore = join(SCREENSHOTS, `map-explore-${name}-${width}x${height}.png`);
    await page.screenshot({ path: explore });
    for (const file of [story, explore]) expect(statSync(file).size).toBeGreaterThan(10_000);
    // The source line and the scale bar share the map's foot without covering each other.
    for (const map of ['.story', '.explore'])
      expect(
        await overlappingLabels(page, `${map} .campus-map :is(.attribution, .scale-back)`),
      ).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
