/**
 * The Spanish edition in real Chromium: prerendered in Spanish with Spanish
 * numbers and dates, no English sentence left on the page, ?lang=es and the
 * language switch keep the reader's step, and the slides speak Spanish too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../data/copy/en.json';
import es from '../../data/copy/es.json';
import { stringsOf as strings } from '../../data/copy-parity.ts';
import { organization } from '../../data/index.ts';
import { ROOT, siteAndBrowser, watch } from './harness.ts';

const env = siteAndBrowser();

describe('the Spanish edition', () => {
  it('is prerendered in Spanish, with numbers and dates written the Spanish way', () => {
    const html = readFileSync(join(ROOT, 'dist/es/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain(`<title>${es.meta.title}</title>`);
    const scholars = new Intl.NumberFormat('es').format(organization.headline.scholars.value);
    expect(scholars).toBe('12.500');
    expect(html).toContain(scholars);
    expect(html).toContain('13 de septiembre de 2004');
    expect(html).not.toContain('September 13, 2004');
  });

  it('leaves no English sentence of the copy on the page, with or without script', async () => {
    const english = strings(en).filter((text) => !/\{/.test(text) && text.length > 14);
    const spanish = new Set(strings(es));
    const mustNotAppear = english.filter((text) => !spanish.has(text));
    expect(mustNotAppear.length).toBeGreaterThan(60);
    for (const javaScriptEnabled of [false, true]) {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.site.url}es/`);
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      expect(mustNotAppear.filter((sentence) => text.includes(sentence))).toEqual([]);
      await context.close();
    }
  });

  it('opens from ?lang=es and from the switch at the step being read, and back', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1366, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(`${env.site.url}?lang=es#harbor`);
    await page.waitForURL(/\/es\/#harbor$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect.poll(() => page.locator('.story').getAttribute('data-active-step')).toBe('harbor');

    await page.getByRole('link', { name: es.meta.otherEdition.name }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.hash === '#harbor');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect.poll(() => page.locator('.story').getAttribute('data-active-step')).toBe('harbor');
    await page.getByRole('link', { name: en.meta.otherEdition.name }).click();
    await page.waitForURL(/\/es\/#harbor$/, { timeout: 5000 }).catch(() => {
      throw new Error(`went to ${page.url()}`);
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('presents its slides in Spanish', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}es/?mode=present#values`);
    await page.locator('.present').waitFor();
    const text = await page.locator('.present').innerText();
    expect(text).toContain(es.steps.values.heading);
    expect(text).not.toContain(en.steps.values.heading);
    await context.close();
  });
});
