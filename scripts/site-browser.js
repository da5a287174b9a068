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

/** @returns {Promise<{ origin: string, browser: import('playwright-core').Browser, close: () => Promise<void> }>} */
export async function serveAndLaunch() {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('the preview server reported no port');
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-quic',
    ],
  });
  return {
    origin: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
