import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, openPage } from '../support/browser';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('axe, WCAG 2.2 AA', () => {
  it.each([
    ['home', ''],
    ['a module', 'modules/village-election/'],
    ['a lesson', 'modules/village-election/voting-and-counting/'],
    ['the glossary', 'glossary/'],
    ['the offline help page, with its table', 'offline/'],
    ['the 404 page', 'no-such-page/'],
  ])('%s has no violations, in light and dark scheme', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, { colorScheme });
      await page.goto(site + path);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it('the open search dialog with results has no violations', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(site);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: '搜索课程' }).waitFor();
    await page.keyboard.type('选民');
    await page.getByRole('list', { name: '搜索结果' }).getByRole('link').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a lesson at 200% zoom on a phone needs no sideways scrolling', async () => {
    // 200% zoom of a 360 px screen is a 180 px CSS viewport: too narrow to be real; WCAG reflow is 320 px at 400%.
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site}modules/village-election/voting-and-counting/`);
    await page.getByRole('button', { name: '特大' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
