/**
 * 每日一练 on a slow phone, three days running (the clock moved a day at a time): the first day
 * from a link naming one module, two answers wrong; they come back the next day, and again on the
 * third, offline, until they have been answered right twice in a row and leave the 错题本.
 * The 今日一练 link on the home page, a role path and the task page says the size chosen, what is
 * left of today's set and 今日已练 ✓ once it is done. The keys come from the source YAML, never
 * from the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { serveStatic } from '../../tooling/serve';
import { answerKey, type KeyedQuestion } from '../support/content-source';
import { encodeTask } from '../../src/lib/task/link';
import { ROOT } from '../../tooling/dirs';

const MODULE = 'village-election';
const moduleCode = (parse(readFileSync(join(ROOT, 'content', MODULE, 'module.yaml'), 'utf8')) as { code: string }).code;
const SIZE = 5;

type Keyed = KeyedQuestion;
const bank = answerKey([MODULE]);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const optionLabel = (field: Locator, q: Keyed, i: number) =>
  field.locator('label').filter({ hasText: new RegExp(`^[A-Z]\\. ${escape(q.options[i]!)}$`) });
const currentOrder = async (field: Locator, q: Keyed) =>
  (await field.locator('.order-list li > span:first-child').allTextContents()).map((t) => q.options.indexOf(t));

async function answer(field: Locator, q: Keyed, right: boolean) {
  if (q.type === 'judge') await field.getByLabel(q.answer === right ? '正确' : '错误', { exact: true }).check();
  else if (q.type === 'single') {
    await optionLabel(field, q, right ? (q.answer as number) : ((q.answer as number) + 1) % q.options.length).click();
  } else if (q.type === 'multiple') {
    for (const i of right ? (q.answer as number[]) : [(q.answer as number[])[0]!])
      await optionLabel(field, q, i).click();
  } else if (right) {
    const target = q.answer as number[];
    for (let pos = 0; pos < target.length; pos++) {
      let at = (await currentOrder(field, q)).indexOf(target[pos]!);
      for (; at > pos; at--) await field.getByRole('button', { name: `上移：${q.options[target[pos]!]}` }).click();
    }
  }
  // A wrong order needs no move: the set never shows an ordering question already in order.
}

/** Today's questions, answered: those in `wrong` wrongly, the rest rightly. Returns their ids. */
async function practise(page: Page, wrong: (id: string, index: number) => boolean): Promise<string[]> {
  // A new day's set waits for the tap: its code is not on the page's first load.
  await page.getByRole('button', { name: /^开始练习（\d+ 题）$/ }).click();
  return answerShown(page, wrong);
}

/** The questions on the page not yet answered today (the first `count`), answered as `practise` does. */
async function answerShown(page: Page, wrong: (id: string, index: number) => boolean, count = Infinity) {
  const fields = page.locator('.daily fieldset.question');
  await fields.first().waitFor();
  const all = (await fields.evaluateAll((els) => els.map((e) => e.id))).map((id) => id.replace(/^daily-/, ''));
  const ids = all.slice(0, count);
  for (const [i, id] of ids.entries()) {
    const q = bank.get(id)!;
    expect(q, `${id} is a ${MODULE} question`).toBeDefined();
    const field = page.locator(`fieldset[id="daily-${id}"]`);
    const right = !wrong(id, i);
    await answer(field, q, right);
    await field.locator('xpath=following-sibling::p[1]').getByRole('button', { name: '核对答案' }).click();
    const feedback = page.locator(`[id="daily-${id}-feedback"]`);
    await expect.poll(() => feedback.locator('.verdict').textContent()).toContain(right ? '回答正确' : '回答错误');
    expect(await feedback.textContent()).toContain('解析：');
    expect(await feedback.getByRole('link', { name: /^到课程中复习：/ }).getAttribute('href')).toMatch(
      /\/modules\/[^/]+\/[^/]+\/#/,
    );
  }
  return ids;
}

async function slowPhone(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

const at = (day: string) => new Date(`${day}T08:30:00+08:00`);

describe('每日一练 on three days in a row', () => {
  it('brings back wrong answers the next day, keeps the days in a row, and works offline on the third', async () => {
    const server = await serveStatic(inject('siteDist'), '/');
    const phone = {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'allow' as const,
    };
    const { page, context, errors } = await openPage(browser, phone);
    try {
      await slowPhone(page);
      // Day 1, from a role path's kind of link naming one module.
      await page.clock.setFixedTime(at('2026-11-02'));
      await page.goto(`${server.url}practice/?m=${MODULE}`);
      await hydrated(page);
      const first = await practise(page, (_, i) => i < 2);
      expect(first).toHaveLength(SIZE);
      expect(new Set(first).size).toBe(SIZE);
      await page
        .getByRole('status')
        .filter({ hasText: `今天的 ${SIZE} 题做完了` })
        .waitFor();
      expect(await page.locator('.daily-streak').textContent()).toBe('已连续练习 1 天');
      expect(await axeViolations(page)).toEqual([]);
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
      const missed = first.slice(0, 2);

      // Day 2: yesterday's two mistakes come first; the three right ones wait longer.
      await page.clock.setFixedTime(at('2026-11-03'));
      await page.reload();
      await hydrated(page);
      const second = await practise(page, () => false);
      expect(second.slice(0, 2).sort()).toEqual([...missed].sort());
      for (const id of first.slice(2)) expect(second).not.toContain(id);
      expect(await page.locator('.daily-streak').textContent()).toBe('已连续练习 2 天');

      // Day 3, offline: no server, no network. Still in the 错题本 after one right answer, the two come back.
      await server.close();
      await context.setOffline(true);
      await page.clock.setFixedTime(at('2026-11-04'));
      await page.reload();
      await hydrated(page);
      const third = await practise(page, () => false);
      expect(third.slice(0, 2).sort()).toEqual([...missed].sort());
      expect(new Set([...second.slice(2), ...third.slice(2)]).size).toBe(second.length + third.length - 4);
      expect(await page.locator('.daily-streak').textContent()).toBe('已连续练习 3 天');
      // Right twice in a row: out of the 错题本.
      const book = await page.evaluate(() => JSON.parse(localStorage.getItem('hj-progress')!).wrong);
      for (const id of missed) expect(book[id]).toBeUndefined();
      expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    } finally {
      await context.close();
      await server.close().catch(() => {});
    }
  });
});

describe('the 今日一练 link on the home page, a role path and the task page', () => {
  it('says the size chosen and what is left today, then 今日已练 ✓ with the days in a row', async () => {
    const site = inject('siteUrl');
    const { page, context, errors } = await openPage(browser);
    const taskLink = `${site}task/?t=${encodeTask({
      title: '东风镇换届培训第一期',
      unit: '东风镇党委',
      deadline: null,
      passMark: 80,
      modules: [moduleCode],
      note: '',
    })}`;
    const link = page.locator('.practice-link a');
    const labels = async (expected: string, streak?: string) => {
      for (const url of [site, `${site}paths/village/`, taskLink]) {
        await page.goto(url);
        // The words come from the record once the page has loaded.
        await expect.poll(() => link.textContent(), { message: url }).toBe(expected);
        if (streak) expect(await page.locator('.practice-link .meta').textContent()).toBe(streak);
      }
    };
    try {
      await page.clock.setFixedTime(at('2026-11-02'));
      await labels('今日一练 · 5 题', '每天几道题，按遗忘规律复习');

      await page.goto(`${site}practice/?m=${MODULE}`);
      await hydrated(page);
      await page.getByRole('button', { name: '开始练习（5 题）' }).click();
      await page.getByRole('radio', { name: '10 题' }).check();
      await expect.poll(() => page.locator('.daily fieldset.question').count()).toBe(10);
      await answerShown(page, () => false, 3);
      await labels('今日一练 · 10 题（今天还有 7 题）');

      // The half-answered set reopens by itself.
      await page.goto(`${site}practice/`);
      await hydrated(page);
      expect(await answerShown(page, () => false)).toHaveLength(7);
      await page.getByRole('status').filter({ hasText: '今天的 10 题做完了' }).waitFor();
      await labels('今日已练 ✓', '已连续练习 1 天');
      expect(await axeViolations(page, '.practice-link')).toEqual([]);

      // The next day: the chosen size again, and yesterday's run still counts.
      await page.clock.setFixedTime(at('2026-11-03'));
      await labels('今日一练 · 10 题', '已连续练习 1 天');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
