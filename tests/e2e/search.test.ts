import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';

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
    expect(scripts).toEqual([]);
    await page.getByRole('link', { name: /搜索/ }).first().click();
    await page.getByRole('dialog', { name: '搜索课程' }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
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
    const first = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
    await first.waitFor();
    // Which lesson ranks first is the build tests' business (tests/build/search-queries.ts).
    const lesson = new URL((await first.getAttribute('href'))!, site).pathname;
    expect(lesson).toMatch(/^\/modules\/[^/]+\/[^/]+\/$/);
    expect(await first.locator('mark').first().textContent()).toBe('秘密写票处');
    expect(await dialog.getByRole('status').textContent()).toMatch(/找到 \d+ 篇|已显示最相关的 \d+ 篇/);

    await page.keyboard.press('ArrowDown');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === lesson);
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
    await page.keyboard.type('区块链');
    await dialog.getByText(/没有找到含有“区块链”的内容/).waitFor({ timeout: 10000 });
    expect(await dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Opening again reuses the loaded panel.
    await page.keyboard.press('Control+k');
    await dialog.waitFor();
    await context.close();
  });

  it('shows the first screen of results and more on request, keeping keyboard focus in the list', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}search/?q=${encodeURIComponent('选举')}`);
    const links = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await links.first().waitFor();
    expect(await links.count()).toBe(6);
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await links.nth(6).waitFor();
    expect(await links.count()).toBeGreaterThan(6);
    expect(await links.nth(6).evaluate((el) => el === document.activeElement)).toBe(true);
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
