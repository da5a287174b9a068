/**
 * `npm run bench [-- --runs 3] [-- --no-build] [-- --compare DIR]`: builds and serves the production
 * site on 127.0.0.1, then drives Chromium through two profiles — desktop
 * unthrottled, and mobile (390×844, 4× CPU slowdown, slow 4G) — several runs
 * each. It reports medians and ranges of: bytes on the wire by type and request
 * count before the first scroll; FCP, LCP, CLS and total blocking time; frame
 * intervals while the whole story is scrolled with the wheel; JS heap and DOM
 * nodes after the scroll; the same load figures for each embed section; and
 * Lighthouse's performance score on both form factors. It writes JSON to bench-results/ and prints each budget with pass or fail.
 * With `--compare DIR` it only scrolls, alternating runs of dist/ and another
 * build's folder in one browser: this machine's speed drifts through a day, so
 * two builds are compared side by side, not against an older table.
 * A benchmark, not a test: `npm test` does not run it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, buildSite } from './site-build.js';
import { lighthouseScore } from './lighthouse.ts';
import { launchChromium, serveAndLaunch, serveSite } from './site-browser.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const compareWith = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;

interface Profile {
  viewport: { width: number; height: number };
  cpu: number;
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
  mobile: boolean;
}

/** A long animation frame (over 50 ms): when, how long, and the scripts that ran in it. */
interface LongFrame {
  start: number;
  duration: number;
  /** Style, layout and paint at the frame's end. */
  render: number;
  scripts: { invoker: string; source: string; duration: number }[];
}

interface Vitals {
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longTasks: [number, number][];
  longFrames: LongFrame[];
}

interface LoadResult {
  bytes: Record<string, number>;
  requests: number;
  foreign: number;
  fcp: number;
  lcp: number | null;
  cls: number;
  tbt: number;
  scroll?: {
    frames: number;
    median: number;
    p95: number;
    over33: number;
    /**
     * The time the scroll's frames ran past one frame (16.7 ms), summed: unlike the count of
     * frames over 33 ms, it tells a 40 ms hiccup from a 300 ms one.
     */
    lateMs: number;
    longest: number;
    /** Of the frames over 33 ms, the share that fell inside a long animation frame (main-thread work). */
    slowInLongFrames: number;
    /** The long animation frames during the scroll, with their scripts: where the main thread went. */
    longFrames: LongFrame[];
    /** Frames over 33 ms by the story step being read when they ended. */
    slowBySteps: Record<string, number>;
  };
  heapMB?: number;
  domNodes?: number;
}

type PageWindow = Window & {
  __vitals: Vitals;
  /** When each frame ended, how long it took, and the step being read. */
  __frames: [number, number, string][];
  __stopFrames?: boolean;
};

const PROFILES: Record<string, Profile> = {
  desktop: { viewport: { width: 1366, height: 768 }, cpu: 1, network: null, mobile: false },
  mobile: {
    viewport: { width: 390, height: 844 },
    cpu: 4,
    // Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    network: {
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
    mobile: true,
  },
};

const SECTIONS = ['hero', 'timeline', 'map', 'recognitions'];

/** Page-side observers for paint, layout shift and long tasks, installed before any script. */
function observeVitals() {
  const vitals: Vitals = { fcp: null, lcp: null, cls: 0, longTasks: [], longFrames: [] };
  Object.defineProperty(window, '__vitals', { value: vitals });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      hadRecentInput: boolean;
      value: number;
    })[]) {
      if (!entry.hadRecentInput) vitals.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      renderStart: number;
      scripts: (PerformanceEntry & { invoker: string; sourceURL: string })[];
    })[]) {
      vitals.longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
        scripts: entry.scripts.map((s) => ({
          invoker: s.invoker,
          source: s.sourceURL.split('/').pop() ?? '',
          duration: s.duration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

const TYPES: Record<string, string> = {
  Script: 'js',
  Stylesheet: 'css',
  Fetch: 'data',
  XHR: 'data',
  Font: 'fonts',
  Document: 'html',
};

async function load(
  browser: Browser,
  profile: Profile,
  url: string,
  origin: string,
  { scroll = false } = {},
): Promise<LoadResult> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  // tsx names functions with a helper; the functions sent to the page need it there too.
  await page.addInitScript('window.__name = (f) => f');
  await page.addInitScript(observeVitals);

  const types = new Map<string, string>();
  const bytes: Record<string, number> = { js: 0, css: 0, data: 0, fonts: 0, html: 0, other: 0 };
  let requests = 0;
  const foreign: string[] = [];
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => {
    requests += 1;
    if (!e.request.url.startsWith(origin) && !/^(data|blob):/.test(e.request.url))
      foreign.push(e.request.url);
  });
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) =>
    types.set(e.requestId, TYPES[e.type] ?? 'other'),
  );
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const type = types.get(e.requestId) ?? 'other';
    bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
  });

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const vitals = await page.evaluate(() => (window as unknown as PageWindow).__vitals);
  const fcp = vitals.fcp ?? 0;
  const tbt = vitals.longTasks
    .filter(([start]) => start >= fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  const result: LoadResult = {
    bytes: { ...bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) },
    requests,
    foreign: foreign.length,
    fcp,
    lcp: vitals.lcp,
    cls: vitals.cls,
    tbt,
  };

  if (scroll) {
    // Frame intervals while the wheel scrolls the whole story, timeline and map transitions included.
    const scrollStart = await page.evaluate(() => {
      const frames: [number, number, string][] = [];
      const story = document.querySelector('.story');
      let last = performance.now();
      const tick = (now: number) => {
        // An attribute read: it asks the browser for no style or layout.
        frames.push([now, now - last, story?.getAttribute('data-active-step') ?? '']);
        last = now;
        if (!(window as unknown as PageWindow).__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      Object.defineProperty(window, '__frames', { value: frames });
      return last;
    });
    await page.mouse.move(profile.viewport.width / 2, profile.viewport.height / 2);
    // Where the free map starts on the page (offsetTop would be from its nearest containing block).
    const end = await page.evaluate(() => {
      const explore = document.querySelector('#explore');
      return explore
        ? explore.getBoundingClientRect().top + window.scrollY
        : document.body.scrollHeight;
    });
    for (let i = 0; i < 2000; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
      if ((await page.evaluate(() => scrollY + innerHeight)) >= end) break;
    }
    const { timed, longFrames } = await page.evaluate((since) => {
      const w = window as unknown as PageWindow;
      w.__stopFrames = true;
      return {
        timed: w.__frames.slice(1),
        longFrames: w.__vitals.longFrames.filter((f) => f.start + f.duration >= since),
      };
    }, scrollStart);
    // A scroll that stopped short would measure a few easy frames and call them the story.
    const [reached, last] = await page.evaluate(() => [
      document.querySelector('.story')?.getAttribute('data-active-step'),
      [...document.querySelectorAll('.story .step')].at(-1)?.id,
    ]);
    if (!last || reached !== last)
      throw new Error(
        `The scroll stopped at step "${reached}", not at the story's last ("${last}")`,
      );
    const frames = timed.map(([, interval]) => interval);
    const slow = timed.filter(([, interval]) => interval > 33);
    const slowBySteps: Record<string, number> = {};
    for (const [, , step] of slow) slowBySteps[step] = (slowBySteps[step] ?? 0) + 1;
    // A slow frame is the main thread's doing when a long frame overlaps the interval it ends.
    const inLong = slow.filter(([end, interval]) =>
      longFrames.some((f) => f.start < end && f.start + f.duration > end - interval),
    );
    const sorted = [...frames].sort((a, b) => a - b);
    const heap = await cdp.send('Runtime.getHeapUsage');
    result.scroll = {
      frames: frames.length,
      median: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      over33: frames.filter((f) => f > 33).length / Math.max(frames.length, 1),
      lateMs: frames.reduce((sum, f) => sum + Math.max(0, f - FRAME), 0),
      longest: sorted.at(-1) ?? 0,
      slowInLongFrames: slow.length === 0 ? 0 : inLong.length / slow.length,
      longFrames,
      slowBySteps,
    };
    result.heapMB = heap.usedSize / 1024 / 1024;
    result.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  }
  await context.close();
  return result;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Median and range of one figure over the runs. */
interface Stat {
  median: number;
  min: number;
  max: number;
}

function summary(values: unknown[]): Stat | null {
  const sorted = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}

const pick = (results: LoadResult[], path: string) =>
  summary(
    results.map((r) =>
      path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r),
    ),
  );

const KB = 1024;
/** One frame at 60 Hz, in ms. */
const FRAME = 1000 / 60;

const format = (value: number | null | undefined, unit: string) => {
  if (value === null || value === undefined) return '—';
  if (unit === 'bytes') return `${(value / KB).toFixed(1)} KB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 'share') return `${(value * 100).toFixed(2)}%`;
  if (unit === 'score') return value.toFixed(3);
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return String(Math.round(value));
};

/** Frames over 33 ms by step, averaged over the runs: "step 1.3, …". */
function slowByStepPerRun(results: LoadResult[]): string {
  const bySteps = new Map<string, number>();
  for (const run of results)
    for (const [step, count] of Object.entries(run.scroll?.slowBySteps ?? {}))
      bySteps.set(step, (bySteps.get(step) ?? 0) + count / results.length);
  const listed = [...bySteps].map(([step, n]) => `${step || '(before the story)'} ${n.toFixed(1)}`);
  return listed.join(', ') || 'none';
}

if (!args.includes('--no-build')) await buildSite();

if (compareWith) {
  await compareScrolling(compareWith);
  process.exit(0);
}

/** The scroll alone, on dist/ and on another build, run after run in turn; the medians and where the slow frames fall. */
async function compareScrolling(otherDir: string): Promise<void> {
  const browser = await launchChromium();
  const builds = [
    { label: 'this build (dist/)', site: await serveSite() },
    { label: otherDir, site: await serveSite(otherDir) },
  ];
  const results = new Map<string, LoadResult[]>();
  try {
    for (let i = 0; i < runs; i++)
      for (const [name, profile] of Object.entries(PROFILES))
        for (const { label, site } of builds) {
          const result = await load(browser, profile, `${site.origin}/`, site.origin, {
            scroll: true,
          });
          const key = `${name} | ${label}`;
          results.set(key, [...(results.get(key) ?? []), result]);
          console.log(
            `run ${i + 1}, ${key}: ${format(result.scroll?.over33, 'share')}, ${format(result.scroll?.lateMs, 'ms')} late`,
          );
        }
  } finally {
    await browser.close();
    for (const { site } of builds) await site.close();
  }
  console.log(
    '\n| profile | build | frames over 33 ms | range | time late | p95 frame | slow frames by step, per run |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [key, list] of results) {
    const share = pick(list, 'scroll.over33')!;
    console.log(
      `| ${key} | ${format(share.median, 'share')} | ${format(share.min, 'share')} – ${format(share.max, 'share')} | ${format(pick(list, 'scroll.lateMs')?.median, 'ms')} | ${format(pick(list, 'scroll.p95')?.median, 'ms')} | ${slowByStepPerRun(list)} |`,
    );
  }
}

const { origin, browser, close } = await serveAndLaunch();
const report: {
  date: string;
  runs: number;
  profiles: Record<string, { story: LoadResult[]; embeds: Record<string, LoadResult[]> }>;
  lighthouse: Record<'mobile' | 'desktop', number[]>;
  table?: string[];
} = { date: new Date().toISOString(), runs, profiles: {}, lighthouse: { mobile: [], desktop: [] } };

try {
  for (const [name, profile] of Object.entries(PROFILES)) {
    const story = [];
    for (let i = 0; i < runs; i++)
      story.push(await load(browser, profile, `${origin}/`, origin, { scroll: true }));
    const embeds: Record<string, LoadResult[]> = {};
    for (const section of SECTIONS) {
      const results = [];
      for (let i = 0; i < runs; i++)
        results.push(
          await load(browser, profile, `${origin}/embed.html?section=${section}`, origin),
        );
      embeds[section] = results;
    }
    report.profiles[name] = { story, embeds };
  }
  // Lighthouse starts a Chromium of its own for each run (scripts/lighthouse.ts).
  for (const formFactor of ['mobile', 'desktop'] as const)
    for (let i = 0; i < runs; i++)
      report.lighthouse[formFactor].push(await lighthouseScore(`${origin}/`, formFactor));
} finally {
  await close();
}

// The budgets of issue 8: medians of the mobile profile unless said.
const m = report.profiles.mobile!.story;
const d = report.profiles.desktop!.story;
/** Label, figure, budget, unit, and whether the budget is a floor rather than a ceiling. */
type Row = [string, Stat | null, number | null, string, ('at least' | undefined)?];
const rows: Row[] = [
  ['first load, total (mobile)', pick(m, 'bytes.total'), 80 * KB, 'bytes'],
  ['first load, JS (mobile)', pick(m, 'bytes.js'), 45 * KB, 'bytes'],
  ['first load, CSS (mobile)', pick(m, 'bytes.css'), null, 'bytes'],
  ['first load, data (mobile)', pick(m, 'bytes.data'), null, 'bytes'],
  ['first load, fonts (mobile)', pick(m, 'bytes.fonts'), null, 'bytes'],
  ['first load, HTML (mobile)', pick(m, 'bytes.html'), null, 'bytes'],
  ['requests before scroll (mobile)', pick(m, 'requests'), null, 'count'],
  ...SECTIONS.map((s): Row => [
    `embed ${s}, first load (mobile)`,
    pick(report.profiles.mobile!.embeds[s]!, 'bytes.total'),
    60 * KB,
    'bytes',
  ]),
  ['FCP (mobile)', pick(m, 'fcp'), null, 'ms'],
  ['LCP (mobile)', pick(m, 'lcp'), 1000, 'ms'],
  ['CLS (mobile)', pick(m, 'cls'), 0.01, 'score'],
  ['total blocking time (mobile)', pick(m, 'tbt'), 50, 'ms'],
  ['LCP (desktop)', pick(d, 'lcp'), null, 'ms'],
  ['scroll p95 frame (desktop)', pick(d, 'scroll.p95'), 17, 'ms'],
  ['scroll p95 frame (mobile)', pick(m, 'scroll.p95'), 20, 'ms'],
  ['scroll frames over 33 ms (desktop)', pick(d, 'scroll.over33'), 0.01, 'share'],
  ['scroll frames over 33 ms (mobile)', pick(m, 'scroll.over33'), 0.01, 'share'],
  [
    'frames over 33 ms inside a long animation frame (desktop)',
    pick(d, 'scroll.slowInLongFrames'),
    null,
    'share',
  ],
  [
    'frames over 33 ms inside a long animation frame (mobile)',
    pick(m, 'scroll.slowInLongFrames'),
    null,
    'share',
  ],
  [
    'long animation frames (50 ms+) in the scroll (mobile)',
    summary(m.map((r) => r.scroll?.longFrames.length)),
    null,
    'count',
  ],
  ['scroll time late, past one frame (desktop)', pick(d, 'scroll.lateMs'), null, 'ms'],
  ['scroll time late, past one frame (mobile)', pick(m, 'scroll.lateMs'), null, 'ms'],
  ['scroll median frame (mobile)', pick(m, 'scroll.median'), null, 'ms'],
  ['scroll longest frame (mobile)', pick(m, 'scroll.longest'), null, 'ms'],
  ['JS heap after scroll (mobile)', pick(m, 'heapMB'), null, 'MB'],
  ['DOM nodes after scroll (mobile)', pick(m, 'domNodes'), null, 'count'],
  [
    'requests to other hosts (all runs)',
    summary([
      ...Object.values(report.profiles).flatMap((p) =>
        [...p.story, ...Object.values(p.embeds).flat()].map((r) => r.foreign),
      ),
    ]),
    0,
    'count',
  ],
  ['Lighthouse performance (mobile)', summary(report.lighthouse.mobile), 98, 'count', 'at least'],
  [
    'Lighthouse performance (desktop)',
    summary(report.lighthouse.desktop),
    100,
    'count',
    'at least',
  ],
];

const lines = ['| figure | median | range | budget | verdict |', '| --- | --- | --- | --- | --- |'];
for (const [label, stat, budget, unit, floor] of rows) {
  const met = (value: number, limit: number) => (floor ? value >= limit : value <= limit);
  const verdict = budget === null || !stat ? '' : met(stat.median, budget) ? 'pass' : 'FAIL';
  lines.push(
    `| ${label} | ${stat ? format(stat.median, unit) : '—'} | ${
      stat ? `${format(stat.min, unit)} – ${format(stat.max, unit)}` : ''
    } | ${budget === null ? '' : `${floor ? '≥' : '≤'} ${format(budget, unit)}`} | ${verdict} |`,
  );
}
report.table = lines;
await mkdir(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
await writeFile(out, JSON.stringify(report, null, 2));
console.log(lines.join('\n'));

// Where the main thread went in the scroll's long frames: script time by what ran it, per run.
for (const [name, profile] of Object.entries(report.profiles)) {
  const byInvoker = new Map<string, number>();
  for (const run of profile.story)
    for (const frame of run.scroll?.longFrames ?? [])
      for (const s of frame.scripts) {
        const key = `${s.invoker.replace(/^https?:\/\/[^/]+/, '')} (${s.source || 'page'})`;
        byInvoker.set(key, (byInvoker.get(key) ?? 0) + s.duration / profile.story.length);
      }
  const top = [...byInvoker].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`\nScript time in the scroll's long frames (${name}, per run):`);
  for (const [key, ms] of top) console.log(`  ${Math.round(ms).toString().padStart(5)} ms  ${key}`);
}
// Where the slow frames fall: the step being read, per run.
for (const [name, profile] of Object.entries(report.profiles))
  console.log(`\nFrames over 33 ms by step (${name}, per run): ${slowByStepPerRun(profile.story)}`);
console.log(`\n${runs} runs per profile; figures in ${out}`);
