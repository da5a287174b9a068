import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ root: '/work/main', logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const [w,h] of [[1366, 900],[390,844]]) {
const page = await browser.newPage({ viewport: { width: w, height: h } });
const errs = []; page.on('console', m => m.type() === 'error' && errs.push(m.text())); page.on('pageerror', e => errs.push(e.message));
await page.goto(url + '?school=tajima');
await page.locator('#recognized').scrollIntoViewIfNeeded();
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/shots/rec-${w}.png`, fullPage: false });
await page.locator('#recognized .chart').scrollIntoViewIfNeeded();
await page.screenshot({ path: `/tmp/shots/rec2-${w}.png`, fullPage: false });
console.log(errs, await page.locator('#recognized .summary').textContent());
}
await browser.close(); await server.close();
