/**
 * `node scripts/long-tasks.ts --dist DIR [--dist OTHER …] [--page NAME …] [--runs N]`
 *
 * Main-thread blocking on a phone's CPU, for the pages Lighthouse audits (tooling/audited-pages.ts;
 * --page home|lesson|quiz|task|results picks some). Chromium with a 390 px touch screen and CPU
 * ×4 slowdown (no network throttling: this is about the CPU), a fresh context per run, the page
 * watched from its first byte until 5 s after its islands have hydrated (the quiz page fetches its
 * bank 3 s in). Per run: the longest long task and Long Animation Frame, total blocking (Σ of
 * each long task's time over 50 ms, as TBT counts it, but over the whole watch), the main thread's
 * busy time (DevTools' TaskDuration, less sensitive to a loaded machine than the 50 ms cut) and
 * the longest script run within a long frame (with what ran it), the islands' hydration (the
 * longest script entry of Astro's island loader, `import.then`; 0 when it ran in no long frame),
 * and from a DevTools trace the main thread's thread (CPU) time, which a loaded machine inflates
 * less than the wall-clock figures. Several --dist folders (e.g. main's build and a branch's) are
 * run interleaved, run by run, so machine load falls on them alike; medians over the runs are
 * printed.
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { auditedPages } from '../tooling/audited-pages.ts';
import { launch } from '../tooling/chromium.ts';
import { serveStatic, type StaticServer } from '../tooling/serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true },
    page: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
  },
});
if (!values.dist?.length) throw new Error('--dist: the folder of a built site (npm run build writes dist/)');
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs: expected a positive whole number, got "${values.runs}"`);

interface Run {
  longestTask: number;
  longestFrame: number;
  blocking: number;
  busy: number;
  /** The longest script run inside a long frame, and what it was (invoker and file). */
  longestScript: number;
  culprit: string;
  /** The islands' hydration: the longest script entry run by `import.then` (Astro's island loader). */
  hydration: number;
  /** From a trace: all main-thread tasks' thread (CPU) time. */
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The thread (CPU) time of all tasks on the page's renderer main thread (the busiest CrRendererMain), ms. */
function threadTime(events: TraceEvent[]): number {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  const byThread = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X' && mains.has(key(e)))
      byThread.set(key(e), (byThread.get(key(e)) ?? 0) + (e.tdur ?? 0) / 1000);
  return Math.max(0, ...byThread.values());
}

const WATCH_AFTER_HYDRATION_MS = 5000;

/** Observers installed before the page's own scripts run, collecting into window.__lt. */
const OBSERVE = () => {
  const seen = { tasks: [] as number[], frames: [] as number[], scripts: [] as { duration: number; name: string }[] };
  (window as unknown as { __lt: typeof seen }).__lt = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.tasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      scripts: { duration: number; invoker: string; sourceURL: string }[];
    })[]) {
      seen.frames.push(e.duration);
      for (const s of e.scripts)
        seen.scripts.push({ duration: s.duration, name: `${s.invoker} (${s.sourceURL.split('/').pop() || 'page'})` });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
};

async function measure(browser: Awaited<ReturnType<typeof launch>>, url: string): Promise<Run> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(WATCH_AFTER_HYDRATION_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            __lt: { tasks: number[]; frames: number[]; scripts: { duration: number; name: string }[] };
          }
        ).__lt,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const script = [...seen.scripts].sort((a, b) => b.duration - a.duration)[0];
    return {
      longestTask: Math.max(0, ...seen.tasks),
      longestFrame: Math.max(0, ...seen.frames),
      blocking: seen.tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      busy: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000,
      longestScript: script?.duration ?? 0,
      hydration: Math.max(0, ...seen.scripts.filter((x) => x.name.startsWith('import.then')).map((x) => x.duration)),
      culprit: script?.name ?? '—',
      cpu: threadTime(trace.traceEvents),
    };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${Math.round(x)}`;

const dists = values.dist.map((d) => resolve(d));
const servers: StaticServer[] = await Promise.all(dists.map((d) => serveStatic(d)));
const browser = await launch();
try {
  // One set of paths for every site, so main and a branch are compared on the same lesson.
  const paths = auditedPages(dists[0]!);
  const names = Object.keys(paths).filter((n) => !values.page?.length || values.page.includes(n));
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    '| page | site | longest task | longest frame | blocking | main thread busy | longest script | island hydration | main thread, thread time | what the longest script was (last run) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const name of names) {
    const runs: Run[][] = dists.map(() => []);
    for (let i = 0; i < RUNS; i++)
      for (const d of dists.keys()) {
        const url = servers[d]!.url + paths[name]!;
        runs[d]!.push(await measure(browser, url));
      }
    for (const [d, dist] of dists.entries()) {
      const all = runs[d]!;
      const cell = (pick: (r: Run) => number) =>
        `${ms(median(all.map(pick)))} (${all.map((r) => ms(pick(r))).join(', ')})`;
      console.log(
        `| ${name} | ${dist} | ${cell((r) => r.longestTask)} | ${cell((r) => r.longestFrame)} | ${cell((r) => r.blocking)} | ${cell((r) => r.busy)} | ${cell((r) => r.longestScript)} | ${cell((r) => r.hydration)} | ${cell((r) => r.cpu)} | ${all.at(-1)!.culprit} |`,
      );
    }
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    'All figures in ms: the median, then each run. Wall-clock figures grow with machine load: compare sites within one run.',
  );
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
