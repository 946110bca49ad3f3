/**
 * The site after one visit, with no network: the service worker is installed from the home page
 * and saves the whole site in the background, then the server is shut down and the browser set
 * offline, and a trainee keeps studying. Then a changed build is deployed to the same address and
 * the trainee is offered the update. Once at the domain root (the harness's build) and once under
 * a sub-path (built here).
 *
 * Then a task link on a slow line (the worker's own traffic throttled as on the phone profile):
 * the task's lessons and quiz work offline before the whole site is saved, and a trainee who keeps
 * only the task's modules gets those and nothing else.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { encodeTask } from '../../src/lib/task/link';
import { builtPages } from '../../tooling/dist-files';
import { throttleWorkers } from '../../tooling/bench/offline-phone';
import { buildServiceWorker } from '../../tooling/offline/build-sw';
import { readPrecache } from '../../tooling/offline/precache-list';
import { ROOT, SUB_BASE, TEST_DIST } from '../../tooling/dirs';
import { serveStatic, type ServeOptions, type StaticServer } from '../../tooling/serve';
import { subPathSite } from '../support/sub-path-site';

const WECHAT_QUERY = 'from=singlemessage&isappinstalled=0&nsukey=abc%2Bdef';
/** The lesson changed by the second deploy, and the sentence it gains. */
const CHANGED_LESSON = 'modules/overview/goals/';
const NEW_TEXT = '第二版新增：本段用于检验网站更新后学员能看到新内容。';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** A lesson's title as its author wrote it, from the MDX front matter. */
function lessonTitle(module: string, lesson: string): string {
  const dir = join(ROOT, 'content', module);
  const file = readdirSync(dir).find((f) => f.endsWith(`-${lesson}.mdx`))!;
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]!;
  return (parse(front) as { title: string }).title;
}

/** Titles of the lessons whose text uses `term`, from the MDX sources. */
function lessonsMentioning(term: string): string[] {
  const dir = join(ROOT, 'content');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /^[^/]+\/\d\d-[^/]+\.mdx$/.test(f))
    .filter((f) => readFileSync(join(dir, f), 'utf8').includes(term))
    .map((f) => {
      const [module, file] = f.split('/') as [string, string];
      return lessonTitle(module, file.replace(/^\d\d-|\.mdx$/g, ''));
    });
}

/** How many questions a module test draws, from module.yaml (the schema's default is 10). */
function quizSize(module: string): number {
  const meta = parse(readFileSync(join(ROOT, 'content', module, 'module.yaml'), 'utf8')) as { quizSize?: number };
  return meta.quizSize ?? 10;
}

/** The site as a second deploy: one lesson gains a sentence, and the worker is built again as `npm run build` does. */
async function changedCopy(dist: string, base: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  cpSync(dist, to, { recursive: true });
  const file = join(to, CHANGED_LESSON, 'index.html');
  const html = readFileSync(file, 'utf8');
  const withNew = html.replace(/(<h1[^>]*>[\s\S]*?<\/h1>)/, `$1<p>${NEW_TEXT}</p>`);
  expect(withNew).not.toBe(html);
  writeFileSync(file, withNew);
  await buildServiceWorker(to, base);
}

async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
}

/** The files the worker has stored, as paths relative to the site (without workbox's revision query). */
function storedFiles(page: Page, site: string): Promise<string[]> {
  return page.evaluate(async (site) => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      if (name.includes('precache'))
        for (const request of await (await caches.open(name)).keys())
          urls.push(request.url.replace(/\?.*/, '').slice(site.length));
    return urls;
  }, site);
}

/** Waits until the worker has stored every file of its list: the background saving a reading page starts. */
async function waitForWholeSite(page: Page, site: string, dist: string) {
  const files = readPrecache(dist).urls.length;
  const deadline = Date.now() + 90_000;
  while ((await storedFiles(page, site)).length < files) {
    expect(Date.now(), `the whole site (${files} files) saved within 90 s`).toBeLessThan(deadline);
    await page.waitForTimeout(500);
  }
}

/** A task link for the modules given by id, as a trainer shares it in a WeChat group. */
function taskLink(site: string, title: string, modules: string[]): string {
  const codes = modules.map(
    (m) => (parse(readFileSync(join(ROOT, 'content', m, 'module.yaml'), 'utf8')) as { code: string }).code,
  );
  const task = encodeTask({ title, unit: '某镇党委', deadline: null, passMark: 80, modules: codes, note: '' });
  return `${site}task/?t=${task}&from=groupmessage&isappinstalled=0`;
}

/** Starts a module test and hands it in blank: the quiz works if the paper has its questions. */
async function takeTest(page: Page, url: string, module: string) {
  await page.goto(url);
  await hydrated(page);
  await page.getByRole('button', { name: '测验', exact: true }).click();
  await page.getByRole('button', { name: '开始测验' }).click();
  const paper = page.locator('#quiz-paper fieldset.question');
  await paper.first().waitFor();
  expect(await paper.count()).toBe(quizSize(module));
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('heading', { name: /测验未通过/ }).waitFor();
}

interface Deploy {
  dist: string;
  base: string;
  /** Open every page of the build offline, not only the sample. */
  everyPage: boolean;
}

async function offlineThenUpdate({ dist, base, everyPage }: Deploy) {
  let server: StaticServer = await serveStatic(dist, base);
  const site = server.url;
  const port = Number(new URL(site).port);
  const { page, context, errors } = await openPage(browser, { serviceWorkers: 'allow' });
  try {
    await page.goto(site);
    await waitForWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(site);
    await waitForWholeSite(page, site, dist);

    // No network at all: the server is gone, and the browser knows it is offline.
    await server.close();
    await context.setOffline(true);

    // An unvisited lesson, by a link as WeChat passes it on.
    await page.goto(`${site}modules/village-election/voter-registration/?${WECHAT_QUERY}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      lessonTitle('village-election', 'voter-registration'),
    );

    // A module test, handed in blank, fills the wrong-answer book, which loads its questions offline.
    await takeTest(page, `${site}modules/village-election/quiz/`, 'village-election');
    await page.goto(`${site}review/`);
    await hydrated(page);
    await page
      .getByRole('status')
      .filter({ hasText: `共 ${quizSize('village-election')} 道错题` })
      .waitFor();
    expect(await page.locator('fieldset.question').count()).toBe(quizSize('village-election'));

    // Search: Pagefind's script, wasm and index all come from the worker.
    await page.goto(`${site}search/?q=${encodeURIComponent('秘密写票处')}&from=timeline`);
    const results = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await page
      .getByRole('status')
      .getByText(/找到 \d+ 条|已显示最相关的 \d+ 条/)
      .waitFor();
    const lessons = lessonsMentioning('秘密写票处');
    expect(lessons.length).toBeGreaterThan(0);
    const found = (await results.locator('.title').allTextContents()).filter((t) => lessons.includes(t));
    expect(found.length).toBeGreaterThan(0);
    // …and the lesson it points to opens, offline.
    await results
      .filter({ has: page.getByText(found[0]!, { exact: true }) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: found[0] }).waitFor();

    // A trainer's task link as shared in a WeChat group: the task page reads it, offline.
    await page.goto(taskLink(site, '离线学习任务', ['overview']));
    await page.getByRole('heading', { name: '离线学习任务' }).waitFor();

    // A page this build does not have: the site's own 404 page with its links, not the browser's error.
    await page.goto(`${site}modules/no-such-lesson/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('找不到这个页面');

    // A page that reads its own query: the link's parameters reach the page unchanged.
    await page.goto(`${site}search/?q=${encodeURIComponent('选民登记')}&${WECHAT_QUERY}`);
    expect(await page.getByRole('searchbox', { name: '搜索关键词' }).first().inputValue()).toBe('选民登记');

    if (everyPage) {
      const unopened: string[] = [];
      for (const file of builtPages(dist)) {
        const path = file.slice(dist.length + 1).replace(/index\.html$/, '');
        if (path === '404.html') continue;
        const response = await page
          .goto(`${site}${path}?${WECHAT_QUERY}`, { waitUntil: 'domcontentloaded' })
          .catch(() => null);
        const expected = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))![1]!;
        if (!response?.ok() || (await page.title()) !== expected) unopened.push(path);
      }
      expect(unopened).toEqual([]);
    }

    // A new deploy at the same address; the trainee comes back online.
    const next = join(TEST_DIST, base === '/' ? 'offline-next-root' : 'offline-next-sub');
    await changedCopy(dist, base, next);
    server = await serveStatic(next, base, port);
    await context.setOffline(false);

    await page.goto(site);
    const prompt = page.getByRole('status').getByRole('button', { name: '新版本可用，点此更新' });
    await prompt.waitFor({ timeout: 60_000 });
    expect(await axeViolations(page, '.update-prompt')).toEqual([]);
    // Until the trainee accepts, pages come from the version on the phone, with the prompt on each.
    await page.goto(`${site}${CHANGED_LESSON}`);
    await prompt.waitFor();
    expect(await page.getByText(NEW_TEXT).count()).toBe(0);

    await Promise.all([page.waitForEvent('load'), prompt.click()]);
    await page.getByText(NEW_TEXT).waitFor();
    expect(await prompt.count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
}

describe('offline after one visit, and the update prompt', () => {
  it('at the domain root: every page opens offline with WeChat parameters; a quiz, the wrong-answer book, search and a task link work; a new deploy is offered and applied', async () => {
    await offlineThenUpdate({ dist: inject('siteDist'), base: '/', everyPage: true });
  }, 240_000);

  it('under a sub-path: the same, with the worker scoped to the sub-path', async () => {
    await offlineThenUpdate({ dist: subPathSite(), base: SUB_BASE, everyPage: false });
  }, 300_000);
});

describe('a task link on a slow line: the task first', () => {
  let slow: Browser;
  let server: StaticServer;
  let site: string;
  beforeAll(async () => {
    slow = await launch();
    // The worker's own downloads at the phone profile's 1.6 Mbps: unthrottled it saves everything in a second.
    await throttleWorkers(await slow.newBrowserCDPSession());
  });
  afterAll(() => slow.close());

  /** A fresh phone opens the task link; the site is served until the test shuts it down. */
  async function openTask(title: string, options: ServeOptions = {}) {
    server = await serveStatic(inject('siteDist'), '/', 0, options);
    site = server.url;
    const opened = await openPage(slow, { serviceWorkers: 'allow' });
    await opened.page.goto(taskLink(site, title, ['overview']));
    await opened.page.getByRole('heading', { name: title }).waitFor();
    return opened;
  }

  it('after opening a task link, the task’s lessons and quiz work offline before the whole site is saved', async () => {
    // The rest of the site never arrives: the worker's throttle has not always held, and an
    // unthrottled worker saved everything before the test could go offline.
    const { page, context } = await openTask('先存本任务', {
      hold: (path) => (/^(print|pagefind)\/|^modules\/(?!overview\/)/.test(path) ? new Promise(() => {}) : undefined),
    });
    try {
      const status = page.getByRole('status').filter({ hasText: '离线' });
      await status.filter({ hasText: '本任务的课程和测验已可离线使用' }).waitFor({ timeout: 60_000 });
      // The rest of the site is held back, so the page must say the site is still being saved.
      const [, saved, total] = /全站正在保存 (\d+) \/ (\d+) 个文件/.exec((await status.textContent())!)!;
      expect(Number(saved)).toBeLessThan(Number(total));

      // Offline first: a server shutting down still answers the worker's open connections.
      await context.setOffline(true);
      await server.close();
      await page.goto(`${site}modules/overview/goals/?from=singlemessage`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(lessonTitle('overview', 'goals'));
      await takeTest(page, `${site}modules/overview/quiz/`, 'overview');
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);

  it('with 只保存本任务的模块 chosen, only the task’s modules are saved, and the choice is remembered', async () => {
    const { page, context } = await openTask('只存本任务');
    try {
      const choice = page.getByRole('checkbox', { name: /只保存本任务的模块/ });
      await choice.check();
      const status = page.getByRole('status').filter({ hasText: '离线' });
      await status.filter({ hasText: '按您的选择，本站其余内容不保存' }).waitFor({ timeout: 60_000 });
      // Time enough for a worker that went on to fetch more.
      await page.waitForTimeout(3_000);
      const stored = await storedFiles(page, site);
      expect(stored.filter((url) => url.startsWith('modules/overview/'))).toEqual(
        expect.arrayContaining([
          'modules/overview/index.html',
          'modules/overview/goals/index.html',
          'modules/overview/quiz/index.html',
          'modules/overview/questions.json',
        ]),
      );
      expect(stored.filter((url) => url.startsWith('modules/') && !url.startsWith('modules/overview/'))).toEqual([]);
      expect(stored.filter((url) => url.startsWith('pagefind/'))).toEqual([]);
      expect(stored.length).toBeLessThan(readPrecache(inject('siteDist')).urls.length / 3);

      await page.reload();
      await expect.poll(() => choice.isChecked()).toBe(true);

      await context.setOffline(true);
      await server.close();
      await page.goto(`${site}modules/overview/goals/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(lessonTitle('overview', 'goals'));
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);

  it('in a browser without service workers (Apple phones’ WeChat), the task page says 此浏览器不支持 and works', async () => {
    server = await serveStatic(inject('siteDist'), '/');
    site = server.url;
    const { page, context, errors } = await openPage(slow, { serviceWorkers: 'allow' });
    try {
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }),
      );
      await page.goto(taskLink(site, '苹果微信', ['overview']));
      await page.getByRole('heading', { name: '苹果微信' }).waitFor();
      await page.getByRole('status').filter({ hasText: '此浏览器不支持离线保存' }).waitFor();
      expect(await page.getByRole('checkbox', { name: /只保存本任务的模块/ }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
