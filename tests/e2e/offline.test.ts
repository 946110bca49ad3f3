/**
 * The site after one visit, with no network: the service worker is installed from the home page,
 * then the server is shut down and the browser set offline, and a trainee keeps studying. Then a
 * changed build is deployed to the same address and the trainee is offered the update.
 * Once at the domain root (the harness's build) and once under a sub-path (built here).
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { encodeTask } from '../../src/lib/task/link';
import { builtPages } from '../../tooling/dist-files';
import { buildServiceWorker } from '../../tooling/offline/build-sw';
import { ROOT, SUB_BASE, TEST_DIST } from '../../tooling/dirs';
import { serveStatic, type StaticServer } from '../../tooling/serve';
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

    // No network at all: the server is gone, and the browser knows it is offline.
    await server.close();
    await context.setOffline(true);

    // An unvisited lesson, by a link as WeChat passes it on.
    await page.goto(`${site}modules/village-election/voter-registration/?${WECHAT_QUERY}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      lessonTitle('village-election', 'voter-registration'),
    );

    // A module test, handed in blank, fills the wrong-answer book, which loads its questions offline.
    await page.goto(`${site}modules/village-election/quiz/`);
    await hydrated(page);
    await page.getByRole('button', { name: '测验', exact: true }).click();
    await page.getByRole('button', { name: '开始测验' }).click();
    const paper = page.locator('#quiz-paper fieldset.question');
    await paper.first().waitFor();
    expect(await paper.count()).toBe(quizSize('village-election'));
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验未通过/ }).waitFor();
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
    const moduleCode = (parse(readFileSync(join(ROOT, 'content/overview/module.yaml'), 'utf8')) as { code: string })
      .code;
    const task = encodeTask({
      title: '离线学习任务',
      unit: '某镇党委',
      deadline: null,
      passMark: 80,
      modules: [moduleCode],
      note: '',
    });
    await page.goto(`${site}task/?t=${task}&from=groupmessage&isappinstalled=0`);
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
