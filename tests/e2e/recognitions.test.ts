/**
 * Linked views in real Chromium: choosing a school in the recognitions list
 * highlights its campus on the map, puts it in the URL, and a reload reopens
 * the same choice. No console errors throughout.
 */
import { describe, expect, it } from 'vitest';
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
