/**
 * For the scripts that look at the built site (the PDF export, the benchmark):
 * dist/ served on 127.0.0.1 and Debian's Chromium (or CHROMIUM_PATH), started
 * with the flags this machine needs, and stopped together.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { ROOT } from './site-build.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A built site served on 127.0.0.1: dist/, or another build's folder.
 * @param {string} [outDir]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveSite(outDir) {
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: outDir ? { outDir } : undefined,
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('the preview server reported no port');
  }
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-quic',
    ],
  });
}

/** @returns {Promise<{ origin: string, browser: import('playwright-core').Browser, close: () => Promise<void> }>} */
export async function serveAndLaunch() {
  const browser = await launchChromium();
  const site = await serveSite().catch(async (error) => {
    await browser.close();
    throw error;
  });
  return {
    origin: site.origin,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
