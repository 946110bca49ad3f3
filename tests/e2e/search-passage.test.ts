/**
 * Search that finds the passage: typos get a suggestion that finds the page, a glossary term's
 * own entry comes first, and a result lands at its section with the term marked — at the domain
 * root and under a sub-path. Expected answers come from the sources (content/, the query tables),
 * never from the built pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, launch, openPage } from '../support/browser';
import { ROOT, SUB_BASE } from '../../tooling/dirs';
import { serveStatic, type StaticServer } from '../../tooling/serve';
import { subPathSite } from '../support/sub-path-site';
import { ABSENT, FOUND, GLOSSARY_FIRST, TYPOS } from '../build/search-queries';

const GLOSSARY: { id: string; term: string }[] = parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')).terms;
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 12; V2134A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5235 MMWEBSDK/20230805 MMWEBID/1234 MicroMessenger/8.0.42.2460(0x28002A3B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** The lesson's source: content/<module>/NN-<lesson>.mdx for a /modules/<module>/<lesson>/ path. */
function lessonSource(path: string): string {
  const [, module, lesson] = /modules\/([^/]+)\/([^/]+)\//.exec(path)!;
  const file = readdirSync(join(ROOT, 'content', module!)).find((f) => f.replace(/^\d\d-/, '') === `${lesson}.mdx`)!;
  return readFileSync(join(ROOT, 'content', module!, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
}

/** From the source: the heading that names the term, else the last heading before its first mention. */
function expectedHeading(path: string, term: string): string {
  const lines = lessonSource(path).split('\n');
  const headings = lines.flatMap((line, i) => {
    const m = /^#{2,3}\s+(.*)$/.exec(line);
    return m ? [{ i, text: m[1]!.replace(/[*_`]/g, '') }] : [];
  });
  const naming = headings.find((h) => h.text.includes(term));
  if (naming) return naming.text;
  const first = lines.findIndex((line) => !line.startsWith('#') && line.replace(/<[^>]+>/g, '').includes(term));
  return headings.filter((h) => h.i < first).pop()!.text;
}

let browser: Browser;
let sub: StaticServer;
const sites: Record<string, string> = {};
beforeAll(async () => {
  browser = await launch();
  sites.root = inject('siteUrl');
  sub = await serveStatic(subPathSite(), SUB_BASE);
  sites.sub = sub.url;
});
afterAll(async () => {
  await browser.close();
  await sub?.close();
});

async function searchFor(page: Page, site: string, query: string) {
  await page.goto(`${site}modules/overview/goals/`);
  await page.getByRole('link', { name: /搜索/ }).first().click();
  const dialog = page.getByRole('dialog', { name: '搜索课程' });
  await dialog.getByRole('searchbox', { name: '搜索关键词' }).fill(query);
  return dialog;
}

const pathOf = (href: string) => decodeURIComponent(new URL(href, 'http://x').pathname);

describe.each([
  { name: 'at the domain root', key: 'root', base: '/' },
  { name: 'under a sub-path', key: 'sub', base: SUB_BASE },
])('search that finds the passage, $name', ({ key, base }) => {
  // The build tests run the whole table through the same search in Node; this is the dialog itself.
  it('the dialog finds nothing for every absent word, and the lesson in the top three for a sample of the table', async () => {
    const { page, context, errors } = await openPage(browser);
    const dialog = await searchFor(page, sites[key]!, '');
    const input = dialog.getByRole('searchbox');
    const status = dialog.getByRole('status');
    const pages = dialog.locator('[data-search-results] li:not(.glossary-hit) a');
    // Clearing the box first: the next settled status can only be the next query's.
    const ask = async (query: string) => {
      await input.fill('');
      await status.getByText('输入关键词后自动搜索').waitFor();
      await input.fill(query);
    };
    for (const word of ABSENT) {
      await ask(word);
      await status.getByText(`没有找到含有“${word}”的内容`).waitFor();
      expect(await dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').count(), word).toBe(0);
    }
    for (const { query, lesson } of FOUND.filter((_, i) => i % 3 === 0)) {
      await ask(query);
      await status.getByText(/找到 \d+ 条|已显示最相关的 \d+ 条/).waitFor();
      const top = (await pages.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!))).map(pathOf);
      expect(top, query).toContain(base + lesson);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(TYPOS)('“$typo” suggests $meant, and following it finds $lesson', async ({ typo, meant, lesson }) => {
    const { page, context, errors } = await openPage(browser);
    const dialog = await searchFor(page, sites[key]!, typo);
    await dialog.getByText(`没有找到含有“${typo}”的内容`).waitFor();
    const suggestion = dialog.getByRole('link', { name: meant, exact: true });
    await suggestion.waitFor();
    expect(await dialog.getByText('您要找的是不是').textContent()).toContain(meant);
    await suggestion.click();
    expect(await dialog.getByRole('searchbox').inputValue()).toBe(meant);
    await dialog
      .getByRole('status')
      .getByText(/找到 \d+ 条|已显示最相关的 \d+ 条/)
      .waitFor();
    const pages = dialog.locator('[data-search-results] li:not(.glossary-hit) a');
    const top = (await pages.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!))).map(pathOf);
    expect(top).toContain(base + lesson);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(GLOSSARY_FIRST)('the glossary entry %s is the first result for its term, and opens marked', async (id) => {
    const term = GLOSSARY.find((g) => g.id === id)!.term;
    const query = term.replace(/[“”]/g, '');
    const { page, context } = await openPage(browser);
    const dialog = await searchFor(page, sites[key]!, query);
    const first = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
    await first.waitFor();
    expect(await first.locator('.title').textContent()).toBe(term);
    const href = (await first.getAttribute('href'))!;
    expect(pathOf(href)).toBe(`${base}glossary/`);
    expect(decodeURIComponent(new URL(href, 'http://x').hash)).toBe(`#${id}`);
    await first.click();
    await page.waitForURL(/glossary\//);
    const mark = page.locator(`[id="${id}"] mark.search-mark`).first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe(query);
    expect(await mark.isVisible()).toBe(true);
    await context.close();
  });

  it.each([
    { query: '秘密写票处', lesson: 'modules/village-election/voting-and-counting/' },
    { query: '另行选举', lesson: 'modules/village-election/voting-and-counting/' },
  ])('a result for “$query” lands at its section in $lesson with the term marked', async ({ query, lesson }) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 760 } });
    const dialog = await searchFor(page, sites[key]!, query);
    const result = dialog.locator(`[data-search-results] li:not(.glossary-hit) a[href^="${base}${lesson}"]`).first();
    await result.click();
    await page.waitForURL((url) => url.pathname === `${base}${lesson}`);
    const heading = expectedHeading(lesson, query);
    const target = page.locator(':target');
    expect((await target.textContent())?.trim()).toBe(heading);
    await page.locator('mark.search-mark').first().waitFor();
    const inSection = await page.evaluate(
      (id) => {
        const start = document.getElementById(id)!;
        const marks = [...document.querySelectorAll('mark.search-mark')];
        const next = [...document.querySelectorAll('h2, h3')].find(
          (h) => start.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        return marks.every(
          (m) =>
            start.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING &&
            (!next || m.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING),
        );
      },
      decodeURIComponent(new URL(page.url()).hash.slice(1)),
    );
    expect(inSection).toBe(true);
    expect(await page.locator('mark.search-mark').first().textContent()).toBe(query);
    expect(await page.locator('mark.search-mark').first().isVisible()).toBe(true);
    await expect.poll(() => page.locator('mark.search-mark').first().evaluate(inViewport)).toBe(true);

    // The same link as WeChat delivers it: the fragment dropped, its own parameters added.
    const shared = new URL(page.url());
    shared.hash = '';
    shared.searchParams.append('from', 'singlemessage');
    shared.searchParams.append('isappinstalled', '0');
    const wechat = await openPage(browser, {
      userAgent: WECHAT_UA,
      viewport: { width: 390, height: 760 },
      isMobile: true,
      hasTouch: true,
    });
    await wechat.page.goto(shared.href);
    const mark = wechat.page.locator('mark.search-mark').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe(query);
    await expect.poll(() => mark.evaluate(inViewport)).toBe(true);
    const focused = await wechat.page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe(heading);
    expect([...errors, ...wechat.errors]).toEqual([]);
    await wechat.context.close();
    await context.close();
  });
});

function inViewport(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

describe('the search form on a phone', () => {
  it('a “did you mean” with its results has no axe violations', async () => {
    const { page, context } = await openPage(browser);
    const dialog = await searchFor(page, sites.root!, TYPOS[0]!.typo);
    await dialog.getByRole('link', { name: TYPOS[0]!.meant, exact: true }).waitFor();
    await dialog.getByRole('status').getByText(`下面是“${TYPOS[0]!.meant}”的结果`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a clear suggestion’s results page on with 显示更多, like any others', async () => {
    // 委托投票 is taught in far more than six lessons (grep content/), so there is a second screen.
    const { typo, meant } = TYPOS.find((t) => t.meant === '委托投票')!;
    const { page, context, errors } = await openPage(browser);
    const dialog = await searchFor(page, sites.root!, typo);
    await dialog.getByRole('status').getByText(`下面是“${meant}”的结果`).waitFor();
    const pages = dialog.locator('[data-search-results] li:not(.glossary-hit) a');
    expect(await pages.count()).toBe(6);
    const all = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link');
    const before = await all.count();
    await dialog.getByRole('button', { name: '显示更多结果' }).click();
    await pages.nth(6).waitFor();
    expect(await pages.count()).toBeGreaterThan(6);
    // Still the suggestion's results, under its "did you mean", with focus on the first new one.
    expect(await pages.nth(6).locator('mark').first().textContent()).toBe(meant);
    expect(await dialog.getByText('您要找的是不是').isVisible()).toBe(true);
    expect(await dialog.getByRole('searchbox').inputValue()).toBe(typo);
    expect(await all.nth(before).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  const modules = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'pages')
    .map(
      (d) =>
        parse(readFileSync(join(ROOT, 'content', d.name, 'module.yaml'), 'utf8')) as { title: string; order: number },
    )
    .sort((a, b) => a.order - b.order)
    .map((m) => m.title);

  it('lists the modules in course order', async () => {
    const { page, context } = await openPage(browser);
    const dialog = await searchFor(page, sites.root!, '');
    const options = await dialog.getByRole('combobox', { name: '限定模块' }).locator('option').allTextContents();
    expect(options).toEqual(['全部模块', ...modules]);
    await context.close();
  });

  it('fits a 390 px phone with the browser’s text at 200%', async () => {
    const { page, context } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const cdp = await context.newCDPSession(page);
    // The browser's own text-size setting (not page zoom): the default font size doubled.
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(`${sites.root}modules/overview/goals/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await page.getByRole('link', { name: /搜索/ }).first().tap();
    const dialog = page.getByRole('dialog', { name: '搜索课程' });
    await dialog.getByRole('searchbox').fill('选民登记');
    await dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').first().waitFor();
    const overflow = await page.evaluate(() => {
      const form = document.querySelector('dialog[open] form[data-search-form]')!;
      const widest = Math.max(
        ...[...form.querySelectorAll('input, select, label, a, button')].map((e) => e.getBoundingClientRect().right),
      );
      return { page: document.documentElement.scrollWidth, form: form.scrollWidth - form.clientWidth, widest };
    });
    expect(overflow.page).toBeLessThanOrEqual(390);
    expect(overflow.form).toBeLessThanOrEqual(0);
    expect(overflow.widest).toBeLessThanOrEqual(390);
    await context.close();
  });
});
