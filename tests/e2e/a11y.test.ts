/**
 * An accessibility audit of every mode in both editions, in real Chromium:
 * axe-core's WCAG 2.0/2.1/2.2 A and AA rules find nothing on the story (at the
 * top, at a map step, with a campus card open and the level filter changed,
 * with the recognitions filtered), the slides, the speaker notes, the printable deck, and each
 * embed inside a partner's page. Also: every control can be reached with Tab
 * and shows where focus is, and the skip link leads into the story.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/lib/embed-protocol.ts';
import { axeViolations, islandReady, partnerSite, siteAndBrowser } from './harness.ts';

const env = siteAndBrowser();
const EDITIONS = [
  { lang: 'en', root: '/' },
  { lang: 'es', root: '/es/' },
] as const;

const host = partnerSite((url) => {
  const lang = url.searchParams.get('lang') ?? 'en';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner</title><link rel="icon" href="data:,"></head>
<body><main><h1>Partner</h1>${SECTIONS.map((s) => `<div data-alliance-story="${s}" data-lang="${lang}"></div>`).join('')}</main>
<script src="${env.site.origin}/embed.js" async></script></body></html>`;
});

async function open(path: string, width = 1366, height = 900) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}${path}`);
  await page.waitForLoadState('networkidle');
  return { context, page };
}

/** Scans the page as it is now; the label names the state in a failure. */
async function scan(page: Page, label: string, found: Record<string, string[]>) {
  found[label] = await axeViolations(page);
}

describe.each(EDITIONS)('the $lang edition', ({ lang, root }) => {
  it('has no WCAG A or AA violations in the story, in any state', async () => {
    const { context, page } = await open(root);
    const found: Record<string, string[]> = {};
    await scan(page, 'top of the story', found);

    await islandReady(page, 'story');
    await page.evaluate(() => {
      const step = document.getElementById('south-la')!;
      scrollTo({
        top: scrollY + step.getBoundingClientRect().top - innerHeight / 2 + 10,
        behavior: 'instant',
      });
    });
    await page.waitForFunction(
      () => document.querySelector('.story')?.getAttribute('data-active-step') === 'south-la',
    );
    await scan(page, 'a map step', found);

    await islandReady(page, 'explore');
    const map = page.locator('.explore .campus-map');
    await map.locator('[data-campus]').first().click();
    await map.locator('.card').waitFor();
    await scan(page, 'a campus card open', found);
    await map.locator('.filter input').first().uncheck();
    await scan(page, 'the level filter changed', found);

    await islandReady(page, 'recognized');
    const selects = page.locator('#recognized select');
    await selects.first().selectOption({ index: 1 });
    await scan(page, 'the recognitions filtered', found);

    for (const [state, violations] of Object.entries(found))
      expect(violations, `${lang}: ${state}`).toEqual([]);
    await context.close();
  });

  it('has no WCAG A or AA violations in the slides, the speaker notes and the printable deck', async () => {
    const found: Record<string, string[]> = {};
    const shown: Record<string, string> = { present: '.present', notes: '.notes', print: '.deck' };
    for (const [mode, hash] of [
      ['present', ''],
      ['present', '#south-la'],
      ['present', '#recognized-all'],
      ['notes', '#values'],
      ['print', ''],
    ] as const) {
      const { context, page } = await open(`${root}?mode=${mode}${hash}`, 1280, 720);
      await page.locator(shown[mode]!).waitFor();
      await scan(page, `${mode}${hash}`, found);
      await context.close();
    }
    for (const [state, violations] of Object.entries(found))
      expect(violations, `${lang}: ${state}`).toEqual([]);
  });

  it('has no WCAG A or AA violations inside each embed on a partner page', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 700, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${host.origin}/?lang=${lang}`);
    await expect.poll(() => page.locator('iframe').count()).toBe(SECTIONS.length);
    for (const section of SECTIONS) {
      const element = page.locator(`[data-alliance-story="${section}"] iframe`);
      await element.scrollIntoViewIfNeeded();
      const frame = (await (await element.elementHandle())!.contentFrame())!;
      await frame.locator('.embed .credit').waitFor();
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await axeViolations(frame), `${lang}: embed ${section}`).toEqual([]);
    }
    await context.close();
  });
});

describe.each(EDITIONS)('the keyboard, in the $lang edition', ({ lang, root }) => {
  it('skips to the story, then reaches every control with Tab, each visibly focused, with no trap', async () => {
    const { context, page } = await open(root);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), onScreen: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ href: '#story', onScreen: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('story');

    // Every focusable control on the page, in order; the walk must meet each, and come out the end.
    const controls = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '#story a[href], #story button, #story input, #story select, #story summary, #story [tabindex="0"]',
          ),
        ].filter(
          (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
        ).length,
    );
    const unseen: string[] = [];
    let met = 0;
    for (let i = 0; i < controls + 40; i++) {
      await page.keyboard.press('Tab');
      // Chromium styles an SVG element's new state a frame late: look once it is drawn.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || !el.closest('#story')) return null;
        const style = getComputedStyle(el);
        const shape = el.querySelector('.shape');
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          (shape !== null && parseFloat(getComputedStyle(shape).strokeWidth) >= 3);
        const box = el.getBoundingClientRect();
        const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
        return {
          name: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}`,
          ring,
          visible,
        };
      });
      if (focus === null) break;
      met += 1;
      if (!focus.ring || !focus.visible)
        unseen.push(`${focus.name}: ring ${focus.ring}, on screen ${focus.visible}`);
    }
    console.log(`keyboard walk (${lang}): ${met} controls in the story, each focused in turn`);
    expect(unseen, lang).toEqual([]);
    // Every control was met once, and Tab then left the story (no trap).
    expect(met, lang).toBeGreaterThanOrEqual(controls);
    expect(met, lang).toBeLessThan(controls + 40);
    await context.close();
  });

  it('reflows at 320 px, as at 400% zoom: nothing is wider than the screen', async () => {
    const { context, page } = await open(root, 320, 640);
    for (const island of ['story', 'explore', 'recognized']) await islandReady(page, island);
    // Tables and code may scroll sideways inside their own box (WCAG 1.4.10 allows it); nothing else.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
        .filter((el) => !el.closest('.visually-hidden, svg'))
        .filter((el) => {
          for (let up = el.parentElement; up; up = up.parentElement)
            if (getComputedStyle(up).overflowX !== 'visible') return false;
          return true;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60))
        .slice(0, 5),
    );
    expect(wide, lang).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await context.close();
  });
});
