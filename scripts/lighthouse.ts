/**
 * The Lighthouse performance score of one URL (for the benchmark): a fresh
 * headless Chromium (Debian's, or CHROMIUM_PATH) with its own temporary
 * profile, started by chrome-launcher and killed by its handle when the run
 * ends. 'mobile' is Lighthouse's default (Moto G Power screen, simulated slow
 * 4G, 4× CPU slowdown); 'desktop' is its desktop preset (simulated dense 4G,
 * no CPU slowdown). Performance only.
 *
 * Chromium 156 looks up accounts.google.com (ListAccounts), update.googleapis.com
 * (update_client) and clients2.google.com (network time) at startup even with
 * --disable-background-networking and --disable-component-update, so every
 * host name but the URL's own is made to resolve to nothing: no DNS query, no
 * connection leaves for any other host.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs Lighthouse once on `url` and returns its performance score, 0–100. */
export async function lighthouseScore(
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<number> {
  if (!existsSync(chromePath)) {
    throw new Error(
      `Chromium was not found at ${chromePath}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  // No userDataDir given: chrome-launcher makes a fresh temporary profile
  // (mktemp -d) and deletes it when the browser is killed.
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  const chrome = await launch({
    chromePath,
    chromeFlags: [...chromeFlags, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${host}`],
    logLevel: 'error',
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance'],
    };
    const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    const score = lhr.categories.performance?.score;
    if (typeof score !== 'number') {
      const why = lhr.runtimeError
        ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
        : 'no performance score';
      throw new Error(`Lighthouse (${formFactor}) failed on ${url}: ${why}`);
    }
    return Math.round(score * 100);
  } finally {
    // SIGKILL to Chromium's process group, then wait (5 s at most) for it to go.
    const { process: child } = chrome;
    const gone = child.exitCode !== null || child.signalCode !== null;
    await new Promise<void>((resolve) => {
      if (gone) resolve();
      else child.once('exit', () => resolve());
      setTimeout(resolve, 5000).unref();
      chrome.kill();
    });
  }
}
