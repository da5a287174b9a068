import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({
  root: '/work/main',
  logLevel: 'silent',
  preview: { port: 0, host: '127.0.0.1' },
});
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
for (const [w, h, hash] of [
  [390, 844, 'five-in-one-day'],
  [1366, 768, 'growth-years'],
  [1920, 1080, 'next-twenty'],
  [1366, 768, 'founding-leader'],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const errs = [];
  page.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
  page.on('pageerror', (e) => errs.push(e.message));
  await page.goto(url + '#' + hash);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/story-${w}-${hash}.png` });
  console.log(w, hash, await page.locator('.story').getAttribute('data-active-step'), errs);
  await page.close();
}
await browser.close();
await server.close();
