/**
 * Offline on a village phone: how long after a trainee opens a task link (a phone, the slow
 * profile of phone-search-browser.ts) the task's lessons and quizzes, and then the whole site, are
 * usable with no network. The service worker's own fetches are throttled too: DevTools' page
 * throttling does not reach them, and unthrottled the worker saves everything in seconds.
 *
 * "Usable offline" means the worker controls the page and holds the files: a file in the cache
 * of a worker that is still installing is not served yet.
 *
 * `npm run bench` runs it on the real site it builds (measurements/offline-phone.ts);
 * `node scripts/offline-phone.ts --dist DIR` on a site already built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { parse } from 'yaml';
import { launch } from '../chromium.ts';
import { ROOT } from '../dirs.ts';
import { readPrecache } from '../offline/precache-list.ts';
import { serveStatic } from '../serve.ts';
import { encodeTask } from '../../src/lib/task/link.ts';
import { PHONE, PHONE_NETWORK, phone } from './phone-search-browser.ts';
import type { Target } from './targets.ts';

/** Issue 18's targets; a missed one is reported with its figure, never relaxed here. */
export const OFFLINE_TARGETS = { taskSeconds: 15, siteSeconds: 60 };
/** The task a trainee opens: two modules, as in the round test. */
const TASK_MODULES = ['overview', 'discipline'];
const GIVE_UP_MS = 240_000;

export interface OfflineOnPhone {
  profile: typeof PHONE;
  files: number;
  taskFiles: number;
  /** Seconds from opening the link; null when not reached within the time given. */
  taskSeconds: number | null;
  siteSeconds: number | null;
  /** Files saved (of `files`) 10 s after opening the link. */
  savedAt10s: number;
  targets: Target[];
}

const codeOf = (module: string) =>
  (parse(readFileSync(join(ROOT, 'content', module, 'module.yaml'), 'utf8')) as { code: string }).code;

/** The task's lesson and quiz pages in the build, as URLs relative to the site. */
function taskPages(dist: string): string[] {
  return TASK_MODULES.flatMap((m) =>
    readdirSync(join(dist, 'modules', m), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      // As the precache lists them (workbox maps a directory's URL to its index.html when serving).
      .map((d) => `modules/${m}/${d.name}/index.html`),
  );
}

/** Throttles every service worker as it starts, through the browser's own DevTools session. */
async function throttleWorkers(browserSession: CDPSession) {
  browserSession.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    void (async () => {
      // Not flattened: Playwright's session sends only to itself, so messages go through the browser's.
      const { sessionId } = await browserSession.send('Target.attachToTarget', {
        targetId: targetInfo.targetId,
        flatten: false,
      });
      let id = 0;
      const send = (method: string, params: object) =>
        browserSession.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: ++id, method, params }),
        });
      await send('Network.enable', {});
      await send('Network.emulateNetworkConditions', PHONE_NETWORK);
    })().catch(() => undefined);
  });
  await browserSession.send('Target.setDiscoverTargets', { discover: true });
}

export async function offlineOnPhone(dist: string): Promise<OfflineOnPhone> {
  const server = await serveStatic(dist);
  const browser = await launch();
  const files = readPrecache(dist).urls.length;
  const pages = taskPages(dist);
  try {
    await throttleWorkers(await browser.newBrowserCDPSession());
    const { context, page } = await phone(browser, 'allow');

    const payload = encodeTask({
      title: '离线测量',
      unit: '测量',
      deadline: null,
      passMark: 80,
      modules: TASK_MODULES.map(codeOf),
      note: '',
    });
    const started = Date.now();
    await page.goto(`${server.url}task/?t=${payload}&from=groupmessage`, { waitUntil: 'domcontentloaded' });
    let taskSeconds: number | null = null;
    let siteSeconds: number | null = null;
    let savedAt10s = -1;
    while (Date.now() - started < GIVE_UP_MS && siteSeconds === null) {
      const state = await page.evaluate(
        async (urls) => {
          const controlled = !!navigator.serviceWorker?.controller;
          let saved = 0;
          for (const name of await caches.keys()) saved += (await (await caches.open(name)).keys()).length;
          let task = 0;
          for (const url of urls)
            if (await caches.match(new URL(url, location.href).href, { ignoreSearch: true })) task++;
          return { controlled, saved, task };
        },
        pages.map((p) => new URL(p, server.url).href),
      );
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (savedAt10s < 0 && seconds >= 10) savedAt10s = Math.min(state.saved, files);
      if (taskSeconds === null && state.controlled && state.task === pages.length) taskSeconds = seconds;
      if (state.controlled && state.saved >= files) siteSeconds = seconds;
      await page.waitForTimeout(250);
    }
    await context.close();
    const met = (s: number | null, goal: number) => s !== null && s <= goal;
    const shown = (s: number | null) => (s === null ? `not within ${GIVE_UP_MS / 1000} s` : `${s} s`);
    return {
      profile: PHONE,
      files,
      taskFiles: pages.length,
      taskSeconds,
      siteSeconds,
      savedAt10s: Math.max(savedAt10s, 0),
      targets: [
        {
          name: 'offline: the task’s lessons and quizzes, from opening the link',
          goal: `≤ ${OFFLINE_TARGETS.taskSeconds} s`,
          measured: shown(taskSeconds),
          met: met(taskSeconds, OFFLINE_TARGETS.taskSeconds),
        },
        {
          name: 'offline: the whole site, from opening the link',
          goal: `≤ ${OFFLINE_TARGETS.siteSeconds} s`,
          measured: shown(siteSeconds),
          met: met(siteSeconds, OFFLINE_TARGETS.siteSeconds),
        },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
