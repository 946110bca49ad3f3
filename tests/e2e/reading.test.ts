import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('reading the course', () => {
  it('goes home → module → lesson → next lesson, with no console errors', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(site);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.getByRole('link', { name: /第4模块\s*村民委员会选举/ }).click();
    await page.waitForURL(/\/modules\/village-election\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('村民委员会选举');

    await page
      .getByRole('main')
      .getByRole('link', { name: /选民登记/ })
      .click();
    await page.waitForURL(/voter-registration\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('选民登记');
    // The in-page table of contents and the legal-basis box are there.
    await page.getByRole('navigation', { name: '本课目录' }).getByRole('link', { name: '名单公布与申诉期限' }).click();
    expect(page.url()).toContain('#%E5%90%8D%E5%8D%95');
    expect(await page.getByText('法条依据：《村民委员会组织法》第十七条', { exact: true }).count()).toBeGreaterThan(0);

    const next = page.getByRole('link', { name: /下一课/ });
    const nextTitle = (await next.textContent())!.replace('下一课', '');
    await next.click();
    await page.waitForURL((url) => !url.pathname.endsWith('voter-registration/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(nextTitle);
    // The sidebar marks where the reader is.
    const current = page.getByRole('navigation', { name: '课程目录' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe(nextTitle);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('folds the lesson menu on a phone and opens it on tap', async () => {
    const { page, errors, context } = await openPage(browser, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${site}modules/village-election/voter-registration/`);
    const link = page.getByRole('navigation', { name: '课程目录' }).getByRole('link', { name: '投票、计票与当选' });
    expect(await link.isVisible()).toBe(false);
    await page.getByText('课程目录', { exact: true }).tap();
    expect(await link.isVisible()).toBe(true);
    // Nothing is wider than the phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await link.tap();
    await page.waitForURL(/voting-and-counting\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the chosen font size across pages and reloads', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(site);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.getByRole('button', { name: '特大' }).click();
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThan(normal * 1.3);

    await page.getByRole('link', { name: /第1模块/ }).click();
    await page.waitForURL(/modules\/overview\/$/);
    expect(await rootSize()).toBeGreaterThan(normal * 1.3);
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: '标准' }).click();
    await page.reload();
    expect(await rootSize()).toBe(normal);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is fully readable and navigable without JavaScript', async () => {
    const { page, context } = await openPage(browser, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${site}modules/village-election/voting-and-counting/`);
    expect(await page.getByRole('heading', { name: '委托投票' }).isVisible()).toBe(true);
    // The menu is open without script, so every page stays reachable.
    expect(
      await page.getByRole('navigation', { name: '课程目录' }).getByRole('link', { name: '选民登记' }).isVisible(),
    ).toBe(true);
    // Controls that need script are not offered.
    expect(await page.getByRole('button', { name: '特大' }).isVisible()).toBe(false);
    const prev = page.getByRole('link', { name: /上一课/ });
    const prevTitle = (await prev.textContent())!.replace('上一课', '');
    await prev.click();
    await page.waitForURL((url) => !url.pathname.endsWith('voting-and-counting/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(prevTitle);
    await page.getByRole('link', { name: /搜索/ }).first().click();
    await page.waitForURL(/search\/$/);
    expect(await page.getByText('搜索需要浏览器启用 JavaScript').isVisible()).toBe(true);
    await context.close();
  });

  it('shows a helpful 404 page', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${site}modules/no-such-thing/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('找不到这个页面');
    await page.getByRole('link', { name: '回到首页' }).click();
    await page.waitForURL(site);
    await context.close();
  });
});
