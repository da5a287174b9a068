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
const markerYear = (page: Page) => page.locator('.year-marker').getAttribute('data-year');

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
    await page.evaluate((id) => {
      const element = document.getElementById(id)!;
      scrollTo({
        top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
        behavior: 'instant',
      });
    }, steps[5]!.id);
    await expect.poll(() => activeStep(page)).toBe(steps[5]!.id);
    await expect.poll(() => markerYear(page)).toBe(String(steps[5]!.state.year));
    for (const id of steps[5]!.state.milestoneIds) {
      await expect(
        page.locator(`[data-milestone="${id}"]`).getAttribute('class'),
      ).resolves.toContain('highlighted');
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
        await page.evaluate((id) => {
          const element = document.getElementById(id)!;
          scrollTo({
            top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
            behavior: 'instant',
          });
        }, step.id);
        await expect.poll(() => activeStep(page)).toBe(step.id);
        await page.waitForTimeout(50);
        clashes.push(
          ...(
            await overlappingLabels(page, '.layer.shown text, .layer.shown .campus-map .label')
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

  it('moves the graphic instantly under reduced motion, and smoothly otherwise', async () => {
    // Two timeline steps years apart: the year marker has somewhere to go.
    const timelineSteps = steps.filter((s) => s.graphic === 'timeline');
    const from = timelineSteps[0]!;
    const to = timelineSteps.find((s) => s.state.year - from.state.year >= 6)!;
    const positions = async (reducedMotion: boolean) => {
      const { context, page } = await open({
        width: 1366,
        height: 768,
        hash: from.id,
        reducedMotion,
      });
      await expect.poll(() => activeStep(page)).toBe(from.id);
      await page.waitForTimeout(800);
      // Scroll to the next step and watch the marker frame by frame for a second (it moves by
      // a CSS transition: what is drawn is its computed transform).
      const seen = await page.evaluate(
        (id) =>
          new Promise<string[]>((done) => {
            const element = document.getElementById(id)!;
            scrollTo({
              top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
              behavior: 'instant',
            });
            const marker = document.querySelector('.year-marker')!;
            const frames: string[] = [];
            const start = performance.now();
            const look = () => {
              frames.push(getComputedStyle(marker).transform);
              if (performance.now() - start < 1000) requestAnimationFrame(look);
              else done(frames);
            };
            look();
          }),
        to.id,
      );
      await expect.poll(() => activeStep(page)).toBe(to.id);
      await context.close();
      return new Set(seen);
    };
    // Reduced motion: the old place, then the new one. Otherwise: the places in between too.
    const reduced = await positions(true);
    expect(reduced.size).toBeLessThanOrEqual(2);
    const animated = await positions(false);
    expect(animated.size).toBeGreaterThan(3);
  });

  it('opens the horizon by a fade scoped to the timeline, or at once under reduced motion', async () => {
    const horizon = steps.find((s) => s.state.horizon)!;
    const before = steps[steps.indexOf(horizon) - 1]!;
    const watchHorizon = async (reducedMotion: boolean) => {
      const { context, page, problems } = await open({
        width: 1366,
        height: 768,
        hash: before.id,
        reducedMotion,
      });
      await expect.poll(() => activeStep(page)).toBe(before.id);
      await page.waitForTimeout(800);
      const width = () =>
        page
          .locator('.story .timeline rect.horizon')
          .evaluate((r) => r.getBoundingClientRect().width);
      const closed = await width();
      // For the next second: the timeline's animations, and how opaque the chart was when it first drew the open horizon.
      const { seen, opacityAtChange } = await page.evaluate(
        ({ id, closed }) =>
          new Promise<{ seen: string[]; opacityAtChange: number | null }>((done) => {
            const element = document.getElementById(id)!;
            scrollTo({
              top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
              behavior: 'instant',
            });
            const found = new Set<string>();
            const chart = document.querySelector<HTMLElement>('.story .timeline')!;
            const horizonRect = chart.querySelector('rect.horizon')!;
            let opacityAtChange: number | null = null;
            const start = performance.now();
            const look = () => {
              if (
                opacityAtChange === null &&
                horizonRect.getBoundingClientRect().width > closed * 2
              )
                opacityAtChange = Number(getComputedStyle(chart).opacity);
              for (const a of document.getAnimations()) {
                const effect = a.effect as KeyframeEffect | null;
                const target = effect?.target as Element | null;
                const opacities = effect?.getKeyframes().map((k) => k.opacity);
                if (target?.matches('.timeline') && opacities?.length)
                  found.add(`timeline opacity ${opacities.join('→')}`);
              }
              if (performance.now() - start < 1000) requestAnimationFrame(look);
              else done({ seen: [...found], opacityAtChange });
            };
            look();
          }),
        { id: horizon.id, closed },
      );
      await expect.poll(() => activeStep(page)).toBe(horizon.id);
      expect(await width()).toBeGreaterThan(closed * 2);
      expect(problems).toEqual([]);
      await context.close();
      return { seen, opacityAtChange };
    };
    const reduced = await watchHorizon(true);
    expect(reduced).toEqual({ seen: [], opacityAtChange: 1 });
    // With motion the chart fades out, changes while all but unseen, and fades back in.
    const faded = await watchHorizon(false);
    expect(faded.seen).toEqual(['timeline opacity 1→0', 'timeline opacity 0→1']);
    expect(faded.opacityAtChange).toBeLessThan(0.15);
  });

  it('changes graphic under a lifting curtain, the graphics themselves never fading', async () => {
    const to = steps.find((s, i) => i > 0 && s.graphic !== steps[i - 1]!.graphic)!;
    const from = steps[steps.indexOf(to) - 1]!;
    const watchSwitch = async (reducedMotion: boolean) => {
      const { context, page, problems } = await open({
        width: 1366,
        height: 768,
        hash: from.id,
        reducedMotion,
      });
      await expect.poll(() => activeStep(page)).toBe(from.id);
      await page.waitForTimeout(800);
      // For the next second: what animates in the graphic, and how the layers show.
      const { seen, firstCurtain, shownLayers } = await page.evaluate(
        (id) =>
          new Promise<{ seen: string[]; firstCurtain: number | null; shownLayers: number[] }>(
            (done) => {
              const element = document.getElementById(id)!;
              scrollTo({
                top: scrollY + element.getBoundingClientRect().top - innerHeight / 2 + 10,
                behavior: 'instant',
              });
              const graphic = document.querySelector('.story .layers')!;
              const curtain = graphic.querySelector('.curtain')!;
              const found = new Set<string>();
              const shown = new Set<number>();
              let firstCurtain: number | null = null;
              const start = performance.now();
              const look = () => {
                if (firstCurtain === null && graphic.getAttribute('data-graphic') !== 'timeline')
                  firstCurtain = Number(getComputedStyle(curtain).opacity);
                shown.add(graphic.querySelectorAll('.layer.shown').length);
                // Whatever fades a whole graphic: a CSS transition or a scripted animation of opacity.
                for (const a of document.getAnimations()) {
                  const effect = a.effect as KeyframeEffect | null;
                  const target = effect?.target as Element | null;
                  const fades =
                    a instanceof CSSTransition
                      ? a.transitionProperty === 'opacity'
                      : effect?.getKeyframes().some((k) => k.opacity !== undefined);
                  if (target?.matches('.layers > *') && graphic.contains(target) && fades)
                    found.add(target.classList[0]!);
                }
                if (performance.now() - start < 1000) requestAnimationFrame(look);
                else done({ seen: [...found], firstCurtain, shownLayers: [...shown] });
              };
              look();
            },
          ),
        to.id,
      );
      await expect.poll(() => activeStep(page)).toBe(to.id);
      expect(await page.locator('.story .layers').getAttribute('data-graphic')).toBe(to.graphic);
      // Once it has lifted, the curtain hides nothing.
      await expect
        .poll(() => page.locator('.story .curtain').evaluate((c) => getComputedStyle(c).opacity))
        .toBe('0');
      expect(problems).toEqual([]);
      await context.close();
      return { seen, firstCurtain, shownLayers };
    };
    expect(from.graphic).toBe('timeline');
    const reduced = await watchSwitch(true);
    expect(reduced).toEqual({ seen: [], firstCurtain: 0, shownLayers: [1] });
    // With motion the curtain covers the new graphic when it first shows, then lifts;
    // no layer fades, and never are two graphics shown at once.
    const lifted = await watchSwitch(false);
    expect(lifted.seen).toEqual(['curtain']);
    expect(lifted.firstCurtain).toBeGreaterThan(0.85);
    expect(lifted.shownLayers).toEqual([1]);
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
        page.locator('.story .timeline').boundingBox(),
        page.locator('.story .year-label').boundingBox(),
      ]);
      expect(label!.x, step.id).toBeGreaterThanOrEqual(chart!.x);
      expect(label!.x + label!.width, step.id).toBeLessThanOrEqual(chart!.x + chart!.width);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
