/**
 * The scroll story in real Chromium: scrolling walks every step in order with
 * the graphic following, deep links land on their step, the hash follows the
 * reader without adding history, reduced motion makes changes instant, and the
 * page is looked at (screenshots in test-results/screenshots/) at three sizes.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { buildSteps } from '../../src/story/steps.ts';
import { expectGraphicState } from './graphic-state.ts';
import { foreignRequests, overlappingLabels, ROOT, siteAndBrowser, watch } from './harness.ts';

const env = siteAndBrowser();

const steps = buildSteps(copy.steps);
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const activeStep = (page: Page) => page.locator('.story').getAttribute('data-active-step');
const markerYear = (page: Page) =>
  page.locator('.layer.shown .year-marker').getAttribute('data-year');

/** Runs in the page: puts a step on the trigger line at once. */
function scrollToStep(id: string) {
  const element = document.getElementById(id)!;
  scrollTo({
    top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
    behavior: 'instant',
  });
}

async function open(options: {
  width: number;
  height: number;
  hash?: string;
  reducedMotion?: boolean;
  /** '' for English, 'es/' for the Spanish edition. */
  edition?: string;
}) {
  const context = await env.browser.newContext({
    viewport: { width: options.width, height: options.height },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(
    `${env.site.url}${options.edition ?? ''}${options.hash ? `#${options.hash}` : ''}`,
  );
  await page.waitForLoadState('load');
  return { context, page, ...watched };
}

describe('scrolling the story', () => {
  it('walks through every step in order, with the graphic and the hash following', async () => {
    const { context, page, problems, requests } = await open({ width: 1366, height: 768 });
    const historyLength = await page.evaluate(() => history.length);
    const seen: string[] = [];
    await page.mouse.move(300, 400);
    for (let i = 0; i < 400; i++) {
      await page.mouse.wheel(0, 180);
      await page.waitForTimeout(25);
      const id = await activeStep(page);
      if (id && seen.at(-1) !== id) seen.push(id);
      const atEnd = await page.evaluate(
        () => innerHeight + scrollY >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) break;
    }
    expect(seen).toEqual(steps.map((s) => s.id));

    // At the end, the graphic shows the last step's state and the URL names it.
    const last = steps.at(-1)!;
    await expect.poll(() => markerYear(page)).toBe(String(last.state.year));
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${last.id}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // Back up to a middle step: the graphic follows there too.
    await page.evaluate(scrollToStep, steps[5]!.id);
    await expect.poll(() => activeStep(page)).toBe(steps[5]!.id);
    await expect.poll(() => markerYear(page)).toBe(String(steps[5]!.state.year));
    for (const id of steps[5]!.state.milestoneIds) {
      await expect(
        page.locator(`.story .step-focus.shown [data-highlight="${id}"]`).count(),
      ).resolves.toBe(1);
    }
    expect(problems).toEqual([]);
    expect(foreignRequests(requests, env.site.origin)).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 320, edition: '' },
    { width: 390, edition: '' },
    { width: 1366, edition: '' },
    { width: 1920, edition: '' },
    // The Spanish labels run longer.
    { width: 320, edition: 'es/' },
    { width: 1366, edition: 'es/' },
  ])(
    'draws no label over another at any step, $width px wide ($edition)',
    async ({ width, edition }) => {
      const { context, page } = await open({
        width,
        height: width < 1000 ? 740 : 1000,
        reducedMotion: true,
        edition,
      });
      const clashes: string[] = [];
      for (const step of steps) {
        await page.evaluate(scrollToStep, step.id);
        await expect.poll(() => activeStep(page)).toBe(step.id);
        await page.waitForTimeout(50);
        clashes.push(
          ...(
            await overlappingLabels(
              page,
              '.layer.shown text, .layer.shown .campus-map .pins.shown .label',
            )
          ).map((c) => `${step.id}: ${c}`),
        );
      }
      expect(clashes).toEqual([]);
      await context.close();
    },
  );

  it('opens the slides at the step being read when P is pressed mid-scroll', async () => {
    const { context, page, problems } = await open({ width: 1366, height: 768 });
    await page.mouse.move(300, 400);
    const target = steps[6]!.id;
    for (let i = 0; i < 200 && (await activeStep(page)) !== target; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(20);
    }
    expect(await activeStep(page)).toBe(target);
    // At once: the address has not caught up with the scroll yet.
    await page.keyboard.press('p');
    await page.waitForURL((url) => url.searchParams.get('mode') === 'present');
    expect(new URL(page.url()).hash).toBe(`#${target}`);
    await expect.poll(() => page.locator('.present').getAttribute('data-step')).toBe(target);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    { id: steps[10]!.id, width: 1366, height: 768 },
    { id: steps[4]!.id, width: 390, height: 844 },
  ])('lands on #$id from a link ($width px wide)', async ({ id, width, height }) => {
    const step = steps.find((s) => s.id === id)!;
    const { context, page, problems } = await open({ width, height, hash: id });
    await expect.poll(() => activeStep(page)).toBe(id);
    await expectGraphicState(page.locator('.story'), step);
    const top = await page
      .locator(`#${id}`)
      .evaluate((el) => el.getBoundingClientRect().top / innerHeight);
    expect(top).toBeGreaterThan(0.3);
    expect(top).toBeLessThan(0.6);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('changes the graphic at once as the reader scrolls: nothing in it animates', async () => {
    // A step whose year marker has somewhere to go, the horizon opening, a change of graphic,
    // and a new region on the map: with motion allowed or not, each is drawn at once.
    const timelineSteps = steps.filter((s) => s.graphic === 'timeline');
    const far = timelineSteps.find((s) => s.state.year - timelineSteps[0]!.state.year >= 6)!;
    const switched = steps.find((s, i) => i > 0 && s.graphic !== steps[i - 1]!.graphic)!;
    const horizon = steps.find((s) => s.state.horizon)!;
    const regions = steps.filter((s) => s.graphic === 'map' && s.state.region);
    const moves = [
      [timelineSteps[0]!, far],
      [steps[steps.indexOf(switched) - 1]!, switched],
      [steps[steps.indexOf(horizon) - 1]!, horizon],
      [regions[0]!, regions[1]!],
    ] as const;
    for (const reducedMotion of [false, true]) {
      const { context, page, problems } = await open({ width: 1366, height: 768, reducedMotion });
      for (const [from, to] of moves) {
        await page.evaluate(scrollToStep, from.id);
        await expect.poll(() => activeStep(page)).toBe(from.id);
        await page.waitForTimeout(300);
        // For the next 0.8 s, frame by frame: what animates in the graphic, and where the marker is.
        const seen = await page.evaluate(
          (id) =>
            new Promise<{ animated: string[]; markers: string[] }>((done) => {
              const element = document.getElementById(id)!;
              scrollTo({
                top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
                behavior: 'instant',
              });
              const graphic = document.querySelector('.story .layers')!;
              // Every timeline's marker (the years to come have a timeline of their own).
              const yearMarkers = [...graphic.querySelectorAll('.year-marker')];
              const animated = new Set<string>();
              const markers = new Set<string>();
              const start = performance.now();
              const look = () => {
                for (const a of graphic.getAnimations({ subtree: true }))
                  animated.add((a.effect as KeyframeEffect).target?.classList[0] ?? '?');
                markers.add(yearMarkers.map((m) => getComputedStyle(m).transform).join(' | '));
                if (performance.now() - start < 800) requestAnimationFrame(look);
                else done({ animated: [...animated], markers: [...markers] });
              };
              look();
            }),
          to.id,
        );
        await expect.poll(() => activeStep(page)).toBe(to.id);
        await expectGraphicState(page.locator('.story'), to);
        // The graphic shown takes the pointer, not one drawn (unseen) beneath or above it.
        const hit = await page.evaluate(() => {
          const box = document.querySelector('.story .layers')!.getBoundingClientRect();
          const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return at?.closest('.layer')?.classList.contains('shown') ?? false;
        });
        expect(hit, `the pointer at ${to.id}`).toBe(true);
        expect(seen.animated, `${from.id} to ${to.id}`).toEqual([]);
        expect(seen.markers.length, `${from.id} to ${to.id}`).toBeLessThanOrEqual(2);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});

describe('the story at three sizes', () => {
  it.each([
    { name: 'phone', width: 390, height: 844, hash: 'five-in-one-day' },
    { name: 'laptop', width: 1366, height: 768, hash: 'growth-years' },
    { name: 'projector', width: 1920, height: 1080, hash: 'next-twenty' },
  ])(
    'reads on a $name ($width×$height) with nothing wider than the screen',
    async ({ name, width, height, hash }) => {
      const { context, page, problems } = await open({ width, height, hash });
      await expect.poll(() => activeStep(page)).toBe(hash);
      await page.waitForTimeout(900);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The graphic and the active card do not cover each other's text on wide screens.
      if (width >= 1000) {
        const [card, graphic] = await Promise.all([
          page.locator(`#${hash} .card`).boundingBox(),
          page.locator('.scrolly .graphic').boundingBox(),
        ]);
        expect(card!.x + card!.width).toBeLessThanOrEqual(graphic!.x + 1);
      }
      // Cards are opaque: on a phone they pass over the chart, which must not show through.
      const cardBackground = await page
        .locator(`#${hash} .card`)
        .evaluate((card) => getComputedStyle(card).backgroundColor);
      expect(cardBackground).toMatch(/^rgb\(/);
      // The language switch floats over the top of the screen, never over the graphic.
      const [edition, layers] = await Promise.all([
        page.locator('.edition-switch a').boundingBox(),
        page.locator('.scrolly .graphic .layers').boundingBox(),
      ]);
      expect(edition!.y + edition!.height).toBeLessThanOrEqual(layers!.y);
      for (const shot of [
        { file: `story-${name}-${width}x${height}.png`, fullPage: false },
        { file: `top-${name}-${width}x${height}.png`, top: true },
      ]) {
        if (shot.top) await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
        const path = join(SCREENSHOTS, shot.file);
        await page.screenshot({ path });
        expect(statSync(path).size).toBeGreaterThan(10_000);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

describe("the year's label", () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])('stays inside the timeline at its first and last years ($width×$height)', async (size) => {
    for (const step of [steps[0]!, steps.find((s) => s.state.horizon)!]) {
      const { context, page, problems } = await open({ ...size, hash: step.id });
      await expect.poll(() => activeStep(page)).toBe(step.id);
      // The marker glides for 0.65 s.
      await page.waitForTimeout(900);
      const [chart, label] = await Promise.all([
        page.locator('.story .layer.shown .timeline').boundingBox(),
        page.locator('.story .layer.shown .year-label').boundingBox(),
      ]);
      expect(label!.x, step.id).toBeGreaterThanOrEqual(chart!.x);
      expect(label!.x + label!.width, step.id).toBeLessThanOrEqual(chart!.x + chart!.width);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
