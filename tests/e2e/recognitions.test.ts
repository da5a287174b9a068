/**
 * Linked views in real Chromium: choosing a school in the recognitions list
 * highlights its campus on the map, puts it in the URL, and a reload reopens
 * the same choice. No console errors throughout.
 */
import { describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { recognitions, schoolsById } from '../../data/index.ts';
import { islandReady, siteAndBrowser, watch } from './harness.ts';

const env = siteAndBrowser();

describe('choosing a school in the recognitions', () => {
  it('highlights its campus on the map, survives a reload, and logs nothing', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1366, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(env.site.url);
    await page.waitForLoadState('load');
    await islandReady(page, 'recognized');

    const school = schoolsById.get('collins')!;
    const entry = page.locator('[data-recognition="rec-2024-cde-distinguished"]');
    await entry.getByRole('link', { name: `${school.name}: show on the map` }).click();

    const map = page.locator('.explore .campus-map');
    await expect
      .poll(() => map.locator('[data-campus="collins"]').getAttribute('class'))
      .toContain('selected');
    await expect(map.locator('.card').textContent()).resolves.toContain(school.name);
    expect(new URL(page.url()).searchParams.get('school')).toBe('collins');
    // The list narrows to the recognitions naming that school.
    const naming = recognitions.filter((r) => r.schoolIds.includes('collins')).map((r) => r.id);
    await expect
      .poll(() =>
        page
          .locator('.recognition-list > li')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-recognition'))),
      )
      .toEqual(naming);

    await page.reload();
    await page.waitForLoadState('load');
    await islandReady(page, 'recognized');
    await expect.poll(() => page.locator('#recognized select').nth(1).inputValue()).toBe('collins');
    await expect
      .poll(() => map.locator('[data-campus="collins"]').getAttribute('class'))
      .toContain('selected');
    await expect.poll(() => page.locator('.recognition-list > li').count()).toBe(naming.length);
    // The table marks the row too.
    await expect(page.locator('.explore table [data-highlighted="true"]').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists its recognitions when a campus is chosen on the map', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1366, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(env.site.url);
    const map = page.locator('.explore .campus-map');
    await islandReady(page, 'explore');
    await map.locator('[data-campus="tajima"]').click();
    // The recognitions below hydrate as the reader comes to them, with the choice made.
    await islandReady(page, 'recognized');
    const naming = recognitions.filter((r) => r.schoolIds.includes('tajima')).map((r) => r.id);
    await expect
      .poll(() =>
        page
          .locator('.recognition-list > li')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-recognition'))),
      )
      .toEqual(naming);
    expect(new URL(page.url()).searchParams.get('school')).toBe('tajima');
    await context.close();
  });
});

describe('the recognitions chart on a step about one body', () => {
  it('keeps the other bodies’ names and counts readable (4.5:1 or more, nothing faded)', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(`${env.site.url}?mode=present#recognized-state`);
    await page.waitForLoadState('load');
    const faded = page.locator('.recognitions-chart .row.faded');
    await expect.poll(() => faded.count()).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    const texts = await faded.locator('text').evaluateAll((nodes) =>
      nodes.map((node) => {
        let opacity = 1;
        for (let e: Element | null = node; e; e = e.parentElement)
          opacity *= Number(getComputedStyle(e).opacity);
        // What the text sits on: its mark's shape, or else the page.
        const shape = node.parentElement?.querySelector('circle, path');
        const behind = node.classList.contains('count') && shape ? shape : document.body;
        const bodyBg = getComputedStyle(document.body).backgroundColor;
        return {
          text: node.textContent,
          fill: getComputedStyle(node).fill,
          behind: behind === document.body ? bodyBg : getComputedStyle(behind).fill,
          opacity,
        };
      }),
    );
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) {
      expect(t.opacity, t.text!).toBe(1);
      expect(
        contrast(t.fill, t.behind),
        `${t.text}: ${t.fill} on ${t.behind}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the school filter', () => {
  it('reads "All schools" until a school is chosen, and again once cleared', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await page.waitForLoadState('load');
    await islandReady(page, 'recognized');
    const select = page.locator('.recognized select').nth(1);
    const shown = () =>
      select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    expect(await shown()).toBe(copy.recognitions.filters.allSchools);
    await select.selectOption('collins');
    expect(await shown()).toBe(schoolsById.get('collins')!.name);
    await select.selectOption('');
    expect(await shown()).toBe(copy.recognitions.filters.allSchools);
    await context.close();
  });
});

/** WCAG contrast of two CSS `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
