import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { answerKey, readQuestions, type KeyedQuestion } from '../support/content-source';
import {
  answerPaper as answerPaperWith,
  currentOrder,
  optionLabel,
  paperIds,
  sortWithButtons,
} from '../support/quiz-key';

const site = inject('siteUrl');
const MODULE = 'village-election';
const QUIZ = `${site}modules/${MODULE}/quiz/`;
let browser: Browser;

const bank = answerKey([MODULE]);
/** The module's live questions in bank order: practice shows them in this order. */
const inBankOrder = readQuestions([MODULE]).map((q) => q.id);
const answerPaper = (page: Page, right: boolean) => answerPaperWith(page, bank, right);

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function startTest(page: Page) {
  await page.goto(QUIZ);
  await hydrated(page);
  await page.getByRole('button', { name: '测验', exact: true }).click();
  await page.getByRole('button', { name: '开始测验' }).click();
  await page.locator('#quiz-paper fieldset.question').first().waitFor();
}

describe('the module test', () => {
  it('passes with all answers right, shows the review, and keeps the result after a reload', async () => {
    const { page, errors, context } = await openPage(browser);
    await startTest(page);
    expect(await paperIds(page)).toHaveLength(10);
    await answerPaper(page, true);
    await page.getByRole('button', { name: '交卷' }).click();

    const heading = page.getByRole('heading', { name: /测验通过：100 分/ });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: '答对 10 题，共 10 题' }).count()).toBe(1);
    expect(await page.locator('.feedback').count()).toBe(10);
    expect(await page.locator('.feedback').first().textContent()).toContain('解析：');
    expect(await page.getByRole('heading', { name: '复习这些内容' }).count()).toBe(0);

    await page.reload();
    await hydrated(page);
    await page.getByRole('heading', { name: /测验通过：100 分/ }).waitFor();
    expect(await page.locator('.feedback').count()).toBe(10);
    // The module page and the sidebar show the pass too.
    await page.goto(`${site}modules/${MODULE}/`);
    expect(await page.locator('main [data-progress]').first().textContent()).toContain('已通过');
    expect(await page.locator(`nav [data-progress="${MODULE}"]`).textContent()).toBe('✓');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fails with wrong answers: score, what to review, and each answer with its explanation', async () => {
    const { page, errors, context } = await openPage(browser);
    await startTest(page);
    await answerPaper(page, false);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验未通过：0 分/ }).waitFor();

    const review = page.locator('.result').getByRole('link');
    expect(await review.count()).toBeGreaterThan(0);
    expect(await review.first().getAttribute('href')).toMatch(/\/modules\/village-election\/[a-z-]+\/$/);
    const first = page.locator('.feedback').first();
    expect(await first.textContent()).toMatch(/✗ 回答错误.*您的答案：.*正确答案：.*解析：/);
    expect(await first.getByRole('link', { name: /到课程中复习/ }).getAttribute('href')).toMatch(/#/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before handing in a paper with blanks, and counts blanks as wrong', async () => {
    const { page, context } = await openPage(browser);
    await startTest(page);
    await page.getByRole('button', { name: '交卷' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/还有 \d+ 题没有作答/);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验未通过/ }).waitFor();
    await context.close();
  });

  it('can be taken from start to finish with the keyboard alone', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${QUIZ}#test`);
    await hydrated(page);
    /** Presses Tab until the focused element satisfies `test` (a function's source, run in the page). */
    const tabTo = async (test: string) => {
      for (let i = 0; i < 400; i++) {
        if (await page.evaluate(`(${test})(document.activeElement)`)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${test}`);
    };
    const tabToText = (text: string) => tabTo(`el => el && el.textContent.trim() === ${JSON.stringify(text)}`);
    await tabToText('开始测验');
    await page.keyboard.press('Enter');
    await page.locator('#quiz-paper fieldset.question').first().waitFor();
    // The page puts the keyboard on the first answer itself; tabbing before it does would race it.
    await page.waitForFunction(() =>
      document.activeElement?.matches('#quiz-paper .question :is(input, button:enabled)'),
    );

    for (const id of await paperIds(page)) {
      const q = bank.get(id)!;
      const inField = `el => el && el.closest('fieldset') && el.closest('fieldset').id === ${JSON.stringify(`test-${id}`)}`;
      if (q.type === 'order') {
        const target = q.answer as number[];
        for (let pos = 0; pos < target.length; pos++) {
          const option = target[pos]!;
          const field = page.locator(`fieldset[id="test-${id}"]`);
          let at = (await currentOrder(field, q)).indexOf(option);
          if (at <= pos) continue;
          await tabTo(`el => el && el.getAttribute('aria-label') === ${JSON.stringify(`上移：${q.options[option]}`)}`);
          for (; at > pos; at--) await page.keyboard.press('Enter');
        }
        continue;
      }
      await tabTo(inField);
      if (q.type === 'multiple') {
        const order = await page.locator(`fieldset[id="test-${id}"] input`).evaluateAll((els) => els.map((e) => e.id));
        // Focus is on the first checkbox; walk through all of them, ticking the right ones.
        for (let pos = 0; pos < order.length; pos++) {
          const label = await page.locator(`label[for="${order[pos]}"]`).textContent();
          const option = q.options.findIndex((o) => label === `${label![0]}. ${o}`);
          if ((q.answer as number[]).includes(option)) await page.keyboard.press('Space');
          if (pos < order.length - 1) await page.keyboard.press('Tab');
        }
      } else {
        const labels = await page.locator(`fieldset[id="test-${id}"] label`).allTextContents();
        const target =
          q.type === 'judge'
            ? q.answer
              ? 0
              : 1
            : labels.findIndex((l) => l.slice(3) === q.options[q.answer as number]);
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      }
    }
    await tabToText('交卷');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /测验通过：100 分/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations before and after handing in', async () => {
    const { page, context } = await openPage(browser);
    await startTest(page);
    expect(await axeViolations(page)).toEqual([]);
    await answerPaper(page, false);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验未通过/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('practice and the wrong-answer book', () => {
  it('fills the book from a failed test and empties it after two right answers in a row', async () => {
    const { page, errors, context } = await openPage(browser);
    await startTest(page);
    const ids = await paperIds(page);
    await answerPaper(page, false);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验未通过/ }).waitFor();

    await page.goto(`${site}review/`);
    await hydrated(page);
    await page
      .getByRole('status')
      .filter({ hasText: `共 ${ids.length} 道错题` })
      .waitFor();
    const listed = await page
      .locator('fieldset.question')
      .evaluateAll((els) => els.map((e) => e.id.replace(/^review-village-election-/, '')));
    expect(listed.sort()).toEqual([...ids].sort());

    for (let round = 0; round < 2; round++) {
      for (const id of ids) {
        const q = bank.get(id)!;
        const field = page.locator(`fieldset[id="review-${MODULE}-${id}"]`);
        const item = page.locator('li', { has: field });
        if (round === 1) await item.getByRole('button', { name: '再做一次' }).click();
        if (q.type === 'judge') await field.getByLabel(q.answer ? '正确' : '错误', { exact: true }).check();
        else if (q.type === 'single') await optionLabel(field, q, q.answer as number).click();
        else if (q.type === 'multiple') for (const i of q.answer as number[]) await optionLabel(field, q, i).click();
        else await sortWithButtons(field, q);
        await item.getByRole('button', { name: '核对答案' }).click();
        await field.locator('.feedback').getByText('✓ 回答正确').waitFor();
      }
    }
    await page.reload();
    await hydrated(page);
    await page.getByText('错题本是空的').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an inline check in a lesson gives feedback at once and moves focus to it', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${site}modules/village-election/voting-and-counting/`);
    const check = page.locator('.inline-check');
    await check.scrollIntoViewIfNeeded();
    await hydrated(page);
    const q = bank.get('village-election-02')!;
    const field = check.locator('fieldset', { hasText: q.stem });
    await optionLabel(field, q, q.answer as number).click();
    await check.getByRole('button', { name: '核对答案' }).first().click();
    const feedback = field.locator('.feedback');
    await feedback.waitFor();
    expect(await feedback.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await feedback.textContent()).toContain('✓ 回答正确');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the bank, fetched when it is needed', () => {
  const BANK = /\/modules\/village-election\/questions\.json$/;
  /** Answers one question rightly, with the mouse. */
  const answerRight = async (field: Locator, q: KeyedQuestion) => {
    if (q.type === 'judge') await field.getByLabel(q.answer ? '正确' : '错误', { exact: true }).check();
    else if (q.type === 'single') await optionLabel(field, q, q.answer as number).click();
    else if (q.type === 'multiple') for (const i of q.answer as number[]) await optionLabel(field, q, i).click();
    else await sortWithButtons(field, q);
  };
  const practiceIds = (page: Page) =>
    page.locator('.practice fieldset.question').evaluateAll((els) => els.map((e) => e.id.replace(/^practice-/, '')));

  it('the page carries the first ten practice questions; 继续练习 and the test fetch the rest, and a test runs through', async () => {
    const { page, errors, context } = await openPage(browser);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route(BANK, async (route) => {
      requests++;
      await held;
      await route.continue();
    });
    await page.goto(QUIZ);
    await hydrated(page);
    const embedded = await page
      .locator('astro-island')
      .first()
      .evaluate((el) => [...new Set(el.getAttribute('props')!.match(/village-election-\d+/g))]);
    expect(embedded).toEqual(inBankOrder.slice(0, 10));
    expect(await practiceIds(page)).toEqual(inBankOrder.slice(0, 10));

    // An answer given before the rest arrives stays.
    const first = bank.get(inBankOrder[0]!)!;
    const field = page.locator(`fieldset[id="practice-${first.id}"]`);
    await answerRight(field, first);
    const shownBefore = await field.innerHTML();
    await page.getByRole('button', { name: `继续练习（还有 ${inBankOrder.length - 10} 题）` }).click();
    expect(await practiceIds(page)).toHaveLength(10);
    release();
    await expect.poll(() => practiceIds(page)).toEqual(inBankOrder.slice(0, 20));
    expect(await field.innerHTML()).toBe(shownBefore);
    expect(requests).toBe(1);

    await page.getByRole('button', { name: '测验', exact: true }).click();
    await page.getByRole('button', { name: '开始测验' }).click();
    expect(await paperIds(page)).toHaveLength(10);
    await answerPaper(page, true);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验通过：100 分/ }).waitFor();
    expect(
      await page
        .getByRole('link', { name: /到课程中复习/ })
        .first()
        .getAttribute('href'),
    ).toMatch(/\/modules\/village-election\/[a-z-]+\/#.+/);
    expect(requests).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offline, with the bank not saved: a Chinese message, every answer kept, and it goes on once the bank can be fetched', async () => {
    const { page, context } = await openPage(browser);
    await page.route(BANK, (route) => route.abort('internetdisconnected'));
    await page.goto(QUIZ);
    await hydrated(page);

    // Practice: a checked answer stays on screen.
    const first = bank.get(inBankOrder[0]!)!;
    const field = page.locator(`fieldset[id="practice-${first.id}"]`);
    await answerRight(field, first);
    await page.locator('li', { has: field }).getByRole('button', { name: '核对答案' }).click();
    await field.locator('.feedback').getByText('✓ 回答正确').waitFor();
    await page.getByRole('button', { name: /继续练习/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('题目没有取到，已做的题都还在。请联网后再试，或刷新本页。');
    expect(await practiceIds(page)).toEqual(inBankOrder.slice(0, 10));
    expect(await field.locator('.feedback').textContent()).toContain('✓ 回答正确');

    // A test in progress, reopened offline: the message, and the saved answers untouched.
    await page.unroute(BANK);
    await page.getByRole('button', { name: '测验', exact: true }).click();
    await page.getByRole('button', { name: '开始测验' }).click();
    const ids = await paperIds(page);
    const answered = bank.get(ids[0]!)!;
    await answerRight(page.locator(`fieldset[id="test-${answered.id}"]`), answered);
    const saved = await page.evaluate(() => localStorage.getItem('hj-progress'));
    expect(JSON.parse(saved!).drafts[MODULE].responses[answered.id]).toEqual(answered.answer);
    // What a reader sees and uses of it (order, checks, disabled buttons), not how the HTML is written:
    // a hydrated and a freshly drawn question may list the same attributes in another order.
    const shownAnswer = await page.locator(`fieldset[id="test-${answered.id}"]`).ariaSnapshot();

    await page.route(BANK, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await hydrated(page);
    await page.getByRole('alert').filter({ hasText: '题目没有取到，已做的题都还在' }).waitFor();
    expect(await page.locator('#quiz-paper').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('hj-progress'))).toBe(saved);

    await page.unroute(BANK);
    await page.getByRole('button', { name: '测验', exact: true }).click();
    await page.locator('#quiz-paper fieldset.question').first().waitFor();
    expect(await paperIds(page)).toEqual(ids);
    expect(await page.locator(`fieldset[id="test-${answered.id}"]`).ariaSnapshot()).toBe(shownAnswer);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});

describe('when saved progress cannot be used', () => {
  it('damaged storage: the quiz still works, a notice says so, and the damaged data is left as it was', async () => {
    const { page, context } = await openPage(browser);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('hj-progress', '{"version":1,"modules":{"oops"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await startTest(page);
    expect(await page.getByRole('status').filter({ hasText: '无法读取' }).count()).toBeGreaterThan(0);
    await answerPaper(page, true);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验通过/ }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('hj-progress'))).toBe('{"version":1,"modules":{"oops"');
    await context.close();
  });

  it('storage blocked: the quiz works for the visit and says results will not be kept', async () => {
    const { page, context } = await openPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await startTest(page);
    expect(await page.getByRole('status').filter({ hasText: '不能保存数据' }).count()).toBeGreaterThan(0);
    await answerPaper(page, true);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('heading', { name: /测验通过/ }).waitFor();
    await context.close();
  });
});

describe('moving progress to another device', () => {
  it('exports a file on one device and imports it on another; a bad file changes nothing', async () => {
    const first = await openPage(browser, { acceptDownloads: true });
    await startTest(first.page);
    await answerPaper(first.page, true);
    await first.page.getByRole('button', { name: '交卷' }).click();
    await first.page.getByRole('heading', { name: /测验通过/ }).waitFor();
    await first.page.goto(`${site}progress/`);
    await hydrated(first.page);
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: '导出学习记录文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^学习记录-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await readFile(await download.path());
    await first.context.close();

    const second = await openPage(browser);
    const { page } = second;
    await page.goto(`${site}progress/`);
    await hydrated(page);
    const row = page.getByRole('row', { name: /村民委员会选举/ });
    expect(await row.textContent()).toContain('未测验');

    await page
      .getByLabel('导入学习记录文件（.json）')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    await page.getByRole('alert').filter({ hasText: '没有导入' }).waitFor();
    expect(await page.getByRole('button', { name: '合并到本机记录' }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('hj-progress'))).toBeNull();

    await page
      .getByLabel('导入学习记录文件（.json）')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: exported });
    await page.getByRole('status').filter({ hasText: '记录有效' }).waitFor();
    await page.getByRole('button', { name: '合并到本机记录' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    expect(await row.textContent()).toMatch(/100 分.*已通过/);
    await page.reload();
    await hydrated(page);
    expect(await page.getByRole('row', { name: /村民委员会选举/ }).textContent()).toMatch(/100 分.*已通过/);
    expect(await axeViolations(page)).toEqual([]);
    await second.context.close();
  });
});
