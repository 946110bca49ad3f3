import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../../tooling/dirs';
import { launch, openPage } from '../support/browser';

/** The modules' titles in course order, from their module.yaml files. */
const moduleTitles = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(ROOT, 'content', d.name)).includes('module.yaml'))
  .map(
    (d) =>
      parse(readFileSync(join(ROOT, 'content', d.name, 'module.yaml'), 'utf8')) as { title: string; order: number },
  )
  .sort((a, b) => a.order - b.order)
  .map((m) => m.title);

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('search from the header', () => {
  it('loads no search code until the reader opens search', async () => {
    const { page, context } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('pagefind')) scripts.push(r.url());
    });
    await page.goto(`${site}modules/overview/goals/`);
    await page.waitForLoadState('networkidle');
    // The offline worker's registration loads after the page; nothing of search does.
    expect(scripts.filter((url) => url !== `${site}sw-register.js`)).toEqual([]);
    await page.getByRole('link', { name: /搜索/ }).first().click();
    await page.getByRole('dialog', { name: '搜索课程' }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    await context.close();
  });

  it('starts loading the index when the reader points at 搜索, before the click', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}modules/overview/goals/`);
    await page.waitForLoadState('networkidle');
    const index = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.getByRole('link', { name: /搜索/ }).first().hover();
    await index;
    expect(await page.getByRole('dialog', { name: '搜索课程' }).isVisible()).toBe(false);
    await context.close();
  });

  it('finds a lesson by a Chinese term and opens it by keyboard alone', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${site}modules/overview/goals/`);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索课程' });
    await dialog.waitFor();
    const input = dialog.getByRole('searchbox', { name: '搜索关键词' });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('秘密写票处');
    await dialog
      .getByRole('status')
      .getByText(/找到 \d+ 条|已显示最相关的 \d+ 条/)
      .waitFor();
    const links = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link');
    // The glossary defines the term (content/glossary.yaml), so its entry comes first, then the lesson.
    expect(await links.nth(0).locator('.title').textContent()).toBe('秘密写票处');
    // Then the pages (which lessons rank first is the build tests' business, tests/build/search-queries.ts).
    expect(await links.nth(1).locator('mark').first().textContent()).toBe('秘密写票处');
    const lesson = new URL((await links.nth(1).getAttribute('href'))!, site).pathname;
    expect(lesson).toMatch(/^\/modules\/[^/]+\/[^/]+\/$/);

    await page.keyboard.press('ArrowDown');
    expect(await links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === lesson && url.searchParams.has('hl'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when nothing matches, and closes with Escape', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(site);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索课程' });
    await dialog.waitFor();
    // Every character of this word is on the site; the word itself is not.
    const table = page.waitForResponse((r) => r.url().endsWith('/search/suggest.json'));
    await page.keyboard.type('区块链');
    await dialog.getByText(/没有找到含有“区块链”的内容/).waitFor({ timeout: 10000 });
    await table;
    expect(await dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').count()).toBe(0);
    // Nothing on the site is a typo of it: no "did you mean".
    await page.waitForTimeout(200);
    expect(await dialog.getByText('您要找的是不是').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Opening again reuses the loaded panel.
    await page.keyboard.press('Control+k');
    await dialog.waitFor();
    await context.close();
  });

  it('offers every module in course order under 限定模块, and searches only the one chosen', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${site}modules/overview/goals/`);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索课程' });
    const modules = dialog.getByRole('combobox', { name: '限定模块' });
    await modules.locator('option').nth(moduleTitles.length).waitFor({ state: 'attached' });
    expect(await modules.locator('option').allTextContents()).toEqual(['全部模块', ...moduleTitles]);
    await modules.selectOption('换届纪律');
    await dialog.getByRole('searchbox', { name: '搜索关键词' }).fill('选举');
    const links = dialog.locator('[data-search-results] li:not(.glossary-hit) a');
    await links.first().waitFor();
    const paths = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.every((p) => p.startsWith(`${new URL(site).pathname}modules/discipline/`))).toBe(true);
    expect(await dialog.getByRole('button', { name: '关闭搜索' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the first screen of results and more on request, keeping keyboard focus in the list', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}search/?q=${encodeURIComponent('选举')}`);
    // Pages come six to a screen. 选举 is no glossary term of its own: the entries that contain it
    // (差额选举, 另行选举 in content/glossary.yaml) follow the top three pages.
    const links = page.locator('[data-search-results] li:not(.glossary-hit) a');
    const all = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await page
      .getByRole('status')
      .getByText(/已显示最相关的/)
      .waitFor();
    expect(await links.count()).toBe(6);
    const kinds = await page
      .locator('[data-search-results] > li')
      .evaluateAll((items) => items.map((li) => (li.classList.contains('glossary-hit') ? 'glossary' : 'page')));
    expect(kinds.slice(0, 3)).toEqual(['page', 'page', 'page']);
    expect(kinds.slice(3, 5)).toEqual(['glossary', 'glossary']);
    const before = await all.count();
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await links.nth(6).waitFor();
    expect(await links.count()).toBeGreaterThan(6);
    expect(await all.nth(before).evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('works on the search page too, from a ?q= link', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}search/?q=${encodeURIComponent('选民登记')}`);
    const first = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('选民登记');
    await context.close();
  });
});
