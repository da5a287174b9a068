/**
 * Present mode in real Chromium: every slide by PageDown and back by PageUp,
 * with the counter and the graphic's state checked on each; a deep link; the
 * other keys; the notes window and the audience window in step both ways;
 * text large enough for the back of the room; the board-packet PDF; and the
 * single file opened from disk with the network cut.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { buildSteps } from '../../src/story/steps.ts';
import { expectGraphicState } from './graphic-state.ts';
import { LAND_DRAWN, ROOT, siteAndBrowser, watch } from './harness.ts';

const env = siteAndBrowser();

const steps = buildSteps(copy.steps);

async function present(width = 1280, height = 720, hash = '', edition = '', motion = false) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    reducedMotion: motion ? 'no-preference' : 'reduce',
  });
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(`${env.site.url}${edition}?mode=present${hash}`);
  await page.locator('.present').waitFor();
  return { context, page, ...watched };
}

const slideStep = (page: Page) => page.locator('.present').getAttribute('data-step');

describe('present mode', () => {
  it('walks every slide with PageDown and back with PageUp, the graphic in each step’s state', async () => {
    const { context, page, problems } = await present();
    for (const [i, step] of steps.entries()) {
      await expect.poll(() => slideStep(page)).toBe(step.id);
      await expect(page.locator('.counter').textContent()).resolves.toBe(
        `Slide ${i + 1} of ${steps.length}`,
      );
      await expectGraphicState(page.locator('.present'), step);
      await expect(page.locator('.present h1').textContent()).resolves.toBe(step.heading);
      expect(new URL(page.url()).hash).toBe(`#${step.id}`);
      await page.keyboard.press('PageDown');
    }
    await expect.poll(() => slideStep(page)).toBe(steps.at(-1)!.id);
    for (let i = steps.length - 1; i > 0; i--) await page.keyboard.press('PageUp');
    await expect.poll(() => slideStep(page)).toBe(steps[0]!.id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a middle slide from a link, and the other keys do what they say', async () => {
    const middle = steps[Math.floor(steps.length / 2)]!;
    const { context, page, problems } = await present(1280, 720, `#${middle.id}`);
    await expect.poll(() => slideStep(page)).toBe(middle.id);
    await page.keyboard.press('End');
    await expect.poll(() => slideStep(page)).toBe(steps.at(-1)!.id);
    await page.keyboard.press('Home');
    await expect.poll(() => slideStep(page)).toBe(steps[0]!.id);
    await page.keyboard.press('b');
    await expect(page.locator('[data-blank]').count()).resolves.toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-blank]').count()).resolves.toBe(0);
    await expect.poll(() => slideStep(page)).toBe(steps[1]!.id);
    await page.keyboard.press('h');
    await expect(page.locator('.present').getAttribute('class')).resolves.toContain('contrast');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('mode'));
    expect(new URL(page.url()).hash).toBe(`#${steps[1]!.id}`);
    await expect
      .poll(() => page.locator('.story').getAttribute('data-active-step'))
      .toBe(steps[1]!.id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows a link to another slide in the same window, and ignores one that names no slide', async () => {
    const { context, page, problems } = await present(1280, 720, `#${steps[0]!.id}`);
    await expect.poll(() => slideStep(page)).toBe(steps[0]!.id);
    const later = steps[steps.length - 3]!;
    // What the address bar does when only the part after # changes.
    await page.evaluate((id) => (location.hash = id), later.id);
    await expect.poll(() => slideStep(page)).toBe(later.id);
    await expect(page.locator('.present h1').textContent()).resolves.toBe(later.heading);
    await expectGraphicState(page.locator('.present'), later);
    await page.evaluate(() => (location.hash = 'no-such-slide'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideStep(page)).toBe(steps[steps.length - 2]!.id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 1280, height: 720, edition: '' },
    { width: 1920, height: 1080, edition: '' },
    // The Spanish words run longer: they must fit too.
    { width: 1280, height: 720, edition: 'es/' },
    { width: 1920, height: 1080, edition: 'es/' },
  ])(
    'sets every slide’s words at 28 px or more, all inside the slide, at $width×$height ($edition)',
    async ({ width, height, edition }) => {
      const { context, page } = await present(width, height, '', edition);
      const faults: string[] = [];
      for (const step of steps) {
        await expect.poll(() => slideStep(page)).toBe(step.id);
        // Measure what is on screen once the slide has settled (a loaded machine may take
        // a few frames); a slide that never fits is a fault.
        let measured = { size: 0, overflow: Infinity };
        for (let tries = 0; tries < 10; tries++) {
          measured = await page.evaluate(async () => {
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const words = document.querySelector('.present .words')!;
            return {
              size: parseFloat(getComputedStyle(words.querySelector('.text')!).fontSize),
              overflow: words.scrollHeight - words.clientHeight,
            };
          });
          if (measured.size >= 28 && measured.overflow <= 0) break;
        }
        const { size, overflow } = measured;
        if (size < 28) faults.push(`${step.id}: ${size}px`);
        if (overflow > 0) faults.push(`${step.id}: ${overflow}px past the slide`);
        await page.keyboard.press('PageDown');
      }
      expect(faults).toEqual([]);
      await context.close();
    },
  );

  it('keeps the notes window and the audience window on the same slide, both ways', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const audience = await context.newPage();
    const notes = await context.newPage();
    await audience.goto(`${env.site.url}?mode=present`);
    await notes.goto(`${env.site.url}?mode=notes`);
    await notes.locator('.notes').waitFor();
    await audience.locator('.present').focus();
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await expect.poll(() => notes.locator('.notes').getAttribute('data-slide')).toBe('2');
    await expect(notes.locator('[data-note]').textContent()).resolves.toBe(steps[2]!.note);
    await notes.getByRole('button', { name: copy.present.notes.following }).click();
    await expect.poll(() => audience.locator('.present').getAttribute('data-slide')).toBe('3');
    await expect.poll(() => notes.locator('.timer time').textContent()).toMatch(/^0:0[1-9]$/);
    await context.close();
  });

  it('opens the notes on a phone at the top, in one column', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { problems } = watch(page);
    const step = steps.at(-6)!;
    await page.goto(`${env.site.url}?mode=notes#${step.id}`);
    await page.locator('.notes').waitFor();
    await expect.poll(() => page.locator('[data-note]').textContent()).toBe(step.note);
    // The counter and the buttons are on screen, not scrolled away by the address's #step.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await expect(
      page.getByRole('button', { name: copy.present.notes.following }).isVisible(),
    ).resolves.toBe(true);
    // The next slide's box sits under the current one, as wide as the screen allows.
    const [current, next] = await Promise.all([
      page.locator('.notes .current').boundingBox(),
      page.locator('.notes .next').boundingBox(),
    ]);
    expect(next!.y).toBeGreaterThanOrEqual(current!.y + current!.height);
    expect(next!.width).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await context.close();
  });
});

// The slides change by key, not by scroll: there the graphics glide, fade and lift a curtain.
describe('motion in present mode', () => {
  /** Opens a slide, lets it settle, then moves to another as a typed address does. */
  async function fromTo(from: string, motion: boolean) {
    const opened = await present(1366, 768, `#${from}`, '', motion);
    await expect.poll(() => slideStep(opened.page)).toBe(from);
    await opened.page.waitForTimeout(1200);
    return opened;
  }

  it('glides the year marker to the next year, or moves it at once under reduced motion', async () => {
    const timelineSteps = steps.filter((s) => s.graphic === 'timeline');
    const from = timelineSteps[0]!;
    const to = timelineSteps.find((s) => s.state.year - from.state.year >= 6)!;
    const positions = async (motion: boolean) => {
      const { context, page, problems } = await fromTo(from.id, motion);
      // The marker moves by a CSS transition: what is drawn is its computed transform.
      const seen = await page.evaluate(
        (id) =>
          new Promise<string[]>((done) => {
            location.hash = id;
            const marker = document.querySelector('.present .year-marker')!;
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
      await expect.poll(() => slideStep(page)).toBe(to.id);
      await expectGraphicState(page.locator('.present'), to);
      expect(problems).toEqual([]);
      await context.close();
      return new Set(seen);
    };
    // Reduced motion: the old place, then the new one. Otherwise: the places in between too.
    expect((await positions(false)).size).toBeLessThanOrEqual(2);
    expect((await positions(true)).size).toBeGreaterThan(3);
  });

  it('opens the horizon by a fade scoped to the timeline, or at once under reduced motion', async () => {
    const horizon = steps.find((s) => s.state.horizon)!;
    const before = steps[steps.indexOf(horizon) - 1]!;
    const watchHorizon = async (motion: boolean) => {
      const { context, page, problems } = await fromTo(before.id, motion);
      const width = () =>
        page
          .locator('.present .timeline rect.horizon')
          .evaluate((r) => r.getBoundingClientRect().width);
      const closed = await width();
      // For the next second: the timeline's animations, and how opaque the chart was when it first drew the open horizon.
      const { seen, opacityAtChange } = await page.evaluate(
        ({ id, closed }) =>
          new Promise<{ seen: string[]; opacityAtChange: number | null }>((done) => {
            location.hash = id;
            const found = new Set<string>();
            const chart = document.querySelector<HTMLElement>('.present .timeline')!;
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
      await expect.poll(() => slideStep(page)).toBe(horizon.id);
      expect(await width()).toBeGreaterThan(closed * 2);
      expect(problems).toEqual([]);
      await context.close();
      return { seen, opacityAtChange };
    };
    expect(await watchHorizon(false)).toEqual({ seen: [], opacityAtChange: 1 });
    // With motion the chart fades out, changes while all but unseen, and fades back in.
    const faded = await watchHorizon(true);
    expect(faded.seen).toEqual(['timeline opacity 1→0', 'timeline opacity 0→1']);
    expect(faded.opacityAtChange).toBeLessThan(0.15);
  });

  it('changes graphic under a lifting curtain, the graphics themselves never fading', async () => {
    const to = steps.find((s, i) => i > 0 && s.graphic !== steps[i - 1]!.graphic)!;
    const from = steps[steps.indexOf(to) - 1]!;
    expect(from.graphic).toBe('timeline');
    const watchSwitch = async (motion: boolean) => {
      const { context, page, problems } = await fromTo(from.id, motion);
      // For the next second: what animates in the graphic, and how the layers show.
      const { seen, firstCurtain, shownLayers } = await page.evaluate(
        (id) =>
          new Promise<{ seen: string[]; firstCurtain: number | null; shownLayers: number[] }>(
            (done) => {
              location.hash = id;
              const graphic = document.querySelector('.present .layers')!;
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
      await expect.poll(() => slideStep(page)).toBe(to.id);
      expect(await page.locator('.present .layers').getAttribute('data-graphic')).toBe(to.graphic);
      // Once it has lifted, the curtain hides nothing.
      await expect
        .poll(() => page.locator('.present .curtain').evaluate((c) => getComputedStyle(c).opacity))
        .toBe('0');
      expect(problems).toEqual([]);
      await context.close();
      return { seen, firstCurtain, shownLayers };
    };
    expect(await watchSwitch(false)).toEqual({ seen: [], firstCurtain: 0, shownLayers: [1] });
    // With motion the curtain covers the new graphic when it first shows, then lifts;
    // no layer fades, and never are two graphics shown at once.
    const lifted = await watchSwitch(true);
    expect(lifted.seen).toEqual(['curtain']);
    expect(lifted.firstCurtain).toBeGreaterThan(0.85);
    expect(lifted.shownLayers).toEqual([1]);
  });

  it('glides the land alone to the next region, its markers out of sight until it lands', async () => {
    const regions = steps.filter((s) => s.graphic === 'map' && s.state.region);
    const [from, to] = [regions[1]!, regions[2]!];
    const watchGlide = async (motion: boolean) => {
      const { context, page, problems } = await fromTo(from.id, motion);
      await expect
        .poll(() => page.locator('.present .campus-map').getAttribute('data-status'), LAND_DRAWN)
        .toBe('ready');
      await page.waitForTimeout(1200);
      // For the next 1.2 s, frame by frame: where the land is drawn, how opaque the
      // markers' layer is, and whether any marker, line or name animates on its own.
      const seen = await page.evaluate(
        (id) =>
          new Promise<{ lands: string[]; opacities: number[]; ownMotion: number }>((done) => {
            location.hash = id;
            const map = document.querySelector('.present .campus-map')!;
            const land = map.querySelector('.land')!;
            const pins = map.querySelector<HTMLElement>('.pins')!;
            const lands: string[] = [];
            const opacities: number[] = [];
            let ownMotion = 0;
            const start = performance.now();
            const look = () => {
              lands.push(getComputedStyle(land).transform);
              opacities.push(Number(getComputedStyle(pins).opacity));
              ownMotion += pins
                .getAnimations({ subtree: true })
                .filter((a) => (a.effect as KeyframeEffect).target !== pins).length;
              if (performance.now() - start < 1200) requestAnimationFrame(look);
              else done({ lands, opacities, ownMotion });
            };
            look();
          }),
        to.id,
      );
      await expect.poll(() => slideStep(page)).toBe(to.id);
      expect(problems).toEqual([]);
      await context.close();
      return seen;
    };
    const reduced = await watchGlide(false);
    expect(new Set(reduced.lands).size).toBeLessThanOrEqual(2);
    expect(Math.min(...reduced.opacities)).toBe(1);
    // Nothing moves on its own either: no transition starts for any marker, line or name.
    expect(reduced.ownMotion).toBe(0);
    const glided = await watchGlide(true);
    // While the land is on its way (neither where it was nor where it lands) the markers are
    // out of sight; then they are back in full.
    const [start, end] = [glided.lands[0], glided.lands.at(-1)];
    expect(start).not.toBe(end);
    const onTheWay = glided.opacities.filter((_, i) => ![start, end].includes(glided.lands[i]));
    expect(onTheWay.length).toBeGreaterThan(5);
    expect(Math.max(...onTheWay)).toBeLessThan(0.05);
    expect(glided.opacities.at(-1)).toBe(1);
    expect(glided.ownMotion).toBe(0);
  });
});

describe('the board-packet PDF', () => {
  it('has one 16:9 page per slide', async () => {
    const out = join(ROOT, 'test-results/slides.pdf');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/export-pdf.js', '--no-build', '--out', out],
      {
        cwd: ROOT,
      },
    );
    expect(stdout).toContain(out);
    const pdf = await PDFDocument.load(readFileSync(out));
    expect(pdf.getPageCount()).toBe(steps.length);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
  });
});

describe('the single file', () => {
  const file = join(ROOT, 'dist-single/index.html');

  it('opens from disk with the network cut, in story and present modes, and draws the map', async () => {
    expect(existsSync(file), 'run `npm run build:single` first (npm run test:e2e does)').toBe(true);
    const context = await env.browser.newContext({
      viewport: { width: 1366, height: 768 },
      offline: true,
    });
    const page = await context.newPage();
    const { problems, requests } = watch(page);
    const url = pathToFileURL(file).href;
    await page.goto(`${url}#south-la`);
    await expect(page.locator('h1').textContent()).resolves.toBe(copy.hero.title);
    await expect
      .poll(() => page.locator('.story .campus-map').getAttribute('data-status'), LAND_DRAWN)
      .toBe('ready');
    expect(await page.locator('.story path.borders').count()).toBe(
      await page.locator('.story path.region').count(),
    );
    await page.goto(`${url}?mode=present#south-la`);
    await expect
      .poll(() => page.locator('.present .campus-map').getAttribute('data-status'), LAND_DRAWN)
      .toBe('ready');
    await expect(page.locator('.present h1').textContent()).resolves.toBe(
      steps.find((s) => s.id === 'south-la')!.heading,
    );
    expect(requests.filter((r) => !/^(file|data|blob):/.test(r))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
