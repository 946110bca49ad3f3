/**
 * The trainee's record in a real browser: tabs that write at once, a test that survives a
 * reload and back/forward, a tap before hydration, lessons read, and moving the record inside
 * WeChat by a text code. Expected answers come from the source YAML, never from the built site.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';

const site = inject('siteUrl');
const MODULE = 'village-election';
const QUIZ = `${site}modules/${MODULE}/quiz/`;
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** A question as its author wrote it: options counted from 1. */
interface Authored {
  id: string;
  type: 'single' | 'multiple' | 'judge' | 'order';
  options?: string[];
  answer: number | boolean | number[];
  retired?: boolean;
}
const authored = new Map<string, Authored>(
  (
    parse(readFileSync(new URL(`../../content/${MODULE}/questions.yaml`, import.meta.url), 'utf8'))
      .questions as Authored[]
  ).map((q) => [q.id, q]),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The input of an option by its text, whatever letter the shuffle gave it. */
const option = (field: Locator, text: string) =>
  field.locator('label').filter({ hasText: new RegExp(`^[A-Z]\\. ${escape(text)}$`) });

/** Answers a single or true/false question, rightly or wrongly; false when it is of another type. */
async function answer(field: Locator, right: boolean): Promise<boolean> {
  const id = (await field.getAttribute('id'))!.replace(/^(test|practice|check-[a-z0-9]+)-/, '');
  const q = authored.get(id)!;
  if (q.type === 'judge') {
    await field.getByLabel(q.answer === right ? '正确' : '错误', { exact: true }).check();
    return true;
  }
  if (q.type !== 'single') return false;
  const index = (q.answer as number) - 1;
  await option(field, q.options![right ? index : (index + 1) % q.options!.length]!).click();
  return true;
}

/** Puts a wrong practice answer in the 错题本 on the quiz page; returns the question id. */
async function practiseWrong(page: Page, skip: string[] = []): Promise<string> {
  for (const field of await page.locator('.practice fieldset.question').all()) {
    const id = (await field.getAttribute('id'))!.replace(/^practice-/, '');
    if (skip.includes(id) || !(await answer(field, false))) continue;
    await field.locator('xpath=..').getByRole('button', { name: '核对答案' }).click();
    await field.locator('.feedback').getByText('✗ 回答错误').waitFor();
    return id;
  }
  throw new Error('no single or true/false question in practice');
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('hj-progress') ?? 'null'));

async function startTest(page: Page) {
  await page.getByRole('button', { name: '测验', exact: true }).click();
  await page.getByRole('button', { name: '开始测验' }).click();
  await page.locator('#quiz-paper fieldset.question').first().waitFor();
}

/** Answers the first `n` single or true/false questions on the paper; returns what was chosen. */
async function answerSome(page: Page, n: number): Promise<Record<string, string>> {
  const chosen: Record<string, string> = {};
  for (const field of await page.locator('#quiz-paper fieldset.question').all()) {
    if (Object.keys(chosen).length === n) break;
    if (!(await answer(field, true))) continue;
    chosen[(await field.getAttribute('id'))!] = (await field.locator('input:checked').getAttribute('id'))!;
  }
  return chosen;
}

async function expectAnswers(page: Page, chosen: Record<string, string>) {
  for (const [field, input] of Object.entries(chosen)) {
    expect(await page.locator(`fieldset[id="${field}"] input[id="${input}"]`).isChecked(), field).toBe(true);
  }
}

describe('two tabs of the same quiz page', () => {
  it('each add a mistake, the first hands in a test: all three are kept, and the other tab sees it', async () => {
    const { context, errors } = await openPage(browser);
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(QUIZ);
    await second.goto(QUIZ);
    await hydrated(first);
    await hydrated(second);

    const one = await practiseWrong(first);
    const two = await practiseWrong(second, [one]);
    await startTest(first);
    await first.getByRole('button', { name: '交卷' }).click();
    await first.getByRole('button', { name: '交卷' }).click();
    await first.getByRole('heading', { name: /测验未通过/ }).waitFor();

    const record = await stored(first);
    expect(record.version).toBe(3);
    expect(Object.keys(record.wrong)).toEqual(expect.arrayContaining([one, two]));
    expect(record.modules[MODULE].attempts).toBe(1);

    // A 学习记录 page open in another tab follows without a reload.
    await second.goto(`${site}progress/`);
    await hydrated(second);
    const row = second.getByRole('row', { name: /村民委员会选举/ });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('1');
    await first.getByRole('button', { name: /再测一次/ }).click();
    await first.getByRole('button', { name: '交卷' }).click();
    await first.getByRole('button', { name: '交卷' }).click();
    await first.getByRole('heading', { name: /测验未通过/ }).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a test in progress', () => {
  it('survives a reload with its paper and answers', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(QUIZ);
    await hydrated(page);
    await startTest(page);
    const ids = await page.locator('#quiz-paper fieldset.question').evaluateAll((els) => els.map((e) => e.id));
    const chosen = await answerSome(page, 3);

    await page.reload();
    await hydrated(page);
    await page.locator('#quiz-paper fieldset.question').first().waitFor();
    expect(await page.locator('#quiz-paper fieldset.question').evaluateAll((els) => els.map((e) => e.id))).toEqual(ids);
    await expectAnswers(page, chosen);
    expect(await page.getByRole('button', { name: '交卷' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before a link leaves it, stays when told to, and is there after back/forward', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(QUIZ);
    await hydrated(page);
    await startTest(page);
    const chosen = await answerSome(page, 2);
    const link = page.getByRole('link', { name: '错题本' }).first();

    page.once('dialog', (dialog) => dialog.dismiss());
    await link.click();
    expect(page.url()).toBe(QUIZ);

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toMatch(/还没有交卷/);
      return dialog.accept();
    });
    await Promise.all([page.waitForURL(/\/review\/$/), link.click()]);
    await page.goBack();
    await hydrated(page);
    await page.locator('#quiz-paper fieldset.question').first().waitFor();
    await expectAnswers(page, chosen);
    await page.goForward();
    await page.goBack();
    await page.locator('#quiz-paper fieldset.question').first().waitFor();
    await expectAnswers(page, chosen);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an inline check', () => {
  it('counts an answer tapped before its island hydrated', async () => {
    const { page, context, errors } = await openPage(browser);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the check's code back, as a slow phone would, until the reader has tapped.
    await page.route(/InlineCheck[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site}modules/${MODULE}/voting-and-counting/`);
    const check = page.locator('.inline-check');
    await check.scrollIntoViewIfNeeded();
    const field = check.locator('fieldset.question').first();
    expect(await page.locator('.inline-check astro-island[ssr]').count()).toBe(1);
    expect(await answer(field, true)).toBe(true);
    release();
    await hydrated(page);
    const button = check.getByRole('button', { name: '核对答案' }).first();
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    expect(await field.locator('.feedback').textContent()).toContain('✓ 回答正确');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('lessons read', () => {
  it('a lesson read to its end is marked in the sidebar, on the module page and in 学习记录', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${site}modules/${MODULE}/voter-registration/`);
    const done = page.locator('.read-done');
    expect(await done.isHidden()).toBe(true);
    await page.locator('[data-mark-read]').scrollIntoViewIfNeeded();
    await done.waitFor();
    expect(await page.locator(`nav [data-read="${MODULE}/voter-registration"]`).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${site}modules/${MODULE}/`);
    expect(await page.locator(`main [data-read="${MODULE}/voter-registration"]`).isVisible()).toBe(true);
    expect(await page.locator(`main [data-read="${MODULE}/candidates"]`).isHidden()).toBe(true);
    await page.goto(`${site}progress/`);
    await hydrated(page);
    await expect.poll(() => page.getByRole('row', { name: /村民委员会选举/ }).textContent()).toMatch(/1 \/ \d+ 课/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('学习记录 at large text', () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const desktop = { viewport: { width: 1024, height: 768 } };
  // A version-1 record, as the first site wrote it: the new site reads it as it is.
  const seeded = { version: 1, modules: { [MODULE]: { best: 60, attempts: 2, passed: false } }, wrong: {} };

  it.each([
    ['the site’s 特大 text on a 390 px phone', 'xl', 0, phone],
    ['the browser’s text at 200% on a 390 px phone', '', 32, phone],
    ['the site’s 特大 text in a 1024 px wide window', 'xl', 0, desktop],
    ['the site’s 大 text in a 1024 px wide window', 'l', 0, desktop],
  ])('fits without sideways scrolling at %s, as a stacked list', async (_, size, browserFont, device) => {
    const { page, context, errors } = await openPage(browser, device);
    await context.addInitScript(
      ([record, fontSize]) => {
        localStorage.setItem('hj-progress', record);
        if (fontSize) localStorage.setItem('hj-font-size', fontSize);
      },
      [JSON.stringify(seeded), size] as const,
    );
    if (browserFont) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: browserFont, fixed: browserFont } });
    }
    await page.goto(`${site}progress/`);
    await hydrated(page);
    const score = page.getByRole('row', { name: /村民委员会选举/ }).getByText('60 分');
    await score.waitFor();
    // Stacked: no column headings; each value under the one before it, named by its own label.
    expect(await page.locator('.record-table thead').isHidden()).toBe(true);
    const cells = page.getByRole('row', { name: /村民委员会选举/ }).locator('td');
    const [tries, best] = [await cells.nth(1).boundingBox(), await cells.nth(2).boundingBox()];
    expect(best!.y).toBeGreaterThanOrEqual(tries!.y + tries!.height - 1);
    expect(await score.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('最高分');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(device.viewport.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('axe on the record’s other states', () => {
  const liveIds = [...authored.values()].filter((q) => !q.retired).map((q) => q.id);

  it('the 错题本 with mistakes in it', async () => {
    const { page, context, errors } = await openPage(browser);
    const at = '2026-11-20T08:00:00.000Z';
    const wrong = Object.fromEntries(liveIds.slice(0, 3).map((id) => [id, { module: MODULE, streak: 0, at }]));
    const record = { version: 2, profile: null, lessons: {}, modules: {}, wrong, drafts: {} };
    await context.addInitScript((text) => localStorage.setItem('hj-progress', text), JSON.stringify(record));
    await page.goto(`${site}review/`);
    await hydrated(page);
    await page.getByRole('status').filter({ hasText: '共 3 道错题' }).waitFor();
    expect(await page.locator('fieldset.question').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['damaged', '{"version":2,"modules":{', '清除无法读取的记录，重新开始'],
    ['from a newer site', '{"version":99}', '刷新页面'],
  ])('学习记录 with a record that is %s: the notice and its button', async (_, text, button) => {
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript((value) => localStorage.setItem('hj-progress', value), text);
    await page.goto(`${site}progress/`);
    await hydrated(page);
    const notice = page.locator('.progress-panel > .notice', { has: page.getByRole('button', { name: button }) });
    await notice.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('学习记录 with storage blocked', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(`${site}progress/`);
    await hydrated(page);
    await page.getByRole('status').filter({ hasText: '不能保存数据' }).waitFor();
    // Saving the profile says plainly that it was not kept.
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel(/单位/).fill('城关镇东村');
    await page.getByRole('button', { name: '保存学员信息' }).click();
    await page.getByRole('alert').filter({ hasText: '没有保存到本机' }).waitFor();
    expect(await page.getByText('已保存。').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('copying the record code where the clipboard API is missing', () => {
  it('copies with the old command, or selects the whole code and says to long-press', async () => {
    const phone = { userAgent: WECHAT_UA, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const { page, context, errors } = await openPage(browser, phone);
    await context.addInitScript(() => {
      // Older in-app browsers and plain-http pages have no navigator.clipboard.
      Object.defineProperty(Navigator.prototype, 'clipboard', { value: undefined, configurable: true });
    });
    await page.goto(`${site}progress/`);
    await hydrated(page);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.getByRole('button', { name: '生成学习记录码' }).click();
    const box = page.getByLabel('学习记录码（请完整复制）');
    const code = await box.inputValue();
    expect(code).toMatch(/^HJXL1\./);
    await page.getByRole('button', { name: '复制学习记录码' }).click();
    const note = page.locator('.record-code [role=status]');
    await expect.poll(() => note.textContent()).toMatch(/已复制|长按/);
    // Either way the whole code is selected, ready for a manual copy.
    expect(await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([
      0,
      code.length,
    ]);
    if ((await note.textContent())!.includes('已复制')) {
      // It really is on the clipboard: pasting into the import box gives the code back.
      const paste = page.getByLabel('或粘贴学习记录码');
      await paste.focus();
      await page.keyboard.press('Control+V');
      expect(await paste.inputValue()).toBe(code);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('moving the record inside WeChat', () => {
  it('offers a code instead of a download, and the code imports on another phone; a stranger’s record is refused by default', async () => {
    const wechat = { userAgent: WECHAT_UA, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const first = await openPage(browser, { ...wechat, permissions: ['clipboard-read', 'clipboard-write'] });
    await first.page.goto(QUIZ);
    await hydrated(first.page);
    await startTest(first.page);
    await first.page.getByRole('button', { name: '交卷' }).click();
    await first.page.getByRole('button', { name: '交卷' }).click();
    await first.page.getByRole('heading', { name: /测验未通过/ }).waitFor();

    await first.page.goto(`${site}progress/`);
    await hydrated(first.page);
    await first.page.getByLabel('姓名').fill('张三');
    await first.page.getByLabel(/单位/).fill('城关镇东村');
    await first.page.getByRole('button', { name: '保存学员信息' }).click();
    expect(await first.page.getByRole('button', { name: /导出学习记录文件/ }).count()).toBe(0);
    expect(await first.page.locator('.record-transfer .notice').textContent()).toMatch(
      /微信里不能下载文件.*在浏览器中打开/,
    );
    await first.page.getByRole('button', { name: '生成学习记录码' }).click();
    const code = await first.page.getByLabel('学习记录码（请完整复制）').inputValue();
    expect(code).toMatch(/^HJXL1\./);
    await first.page.getByRole('button', { name: '复制学习记录码' }).click();
    await first.page.getByText('已复制').waitFor();
    expect(await first.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await axeViolations(first.page)).toEqual([]);
    await first.context.close();

    // Another phone, someone else's: the code is read, but merging needs a deliberate yes.
    const other = await openPage(browser, wechat);
    const { page } = other;
    await page.goto(`${site}progress/`);
    await hydrated(page);
    await page.getByLabel('姓名').fill('李四');
    await page.getByLabel(/单位/).fill('城关镇西村');
    await page.getByRole('button', { name: '保存学员信息' }).click();
    await page.getByLabel('或粘贴学习记录码').fill(`张三 11:02\n${code}`);
    await page.getByRole('button', { name: '读取学习记录码' }).click();
    await page.getByRole('alert').filter({ hasText: '不是本机的“李四”' }).waitFor();
    const merge = page.getByRole('button', { name: '合并到本机记录' });
    expect(await merge.isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await stored(page)).toMatchObject({ modules: {} });
    await other.context.close();

    // The same person's new phone: nothing yet, so it merges.
    const second = await openPage(browser, wechat);
    await second.page.goto(`${site}progress/`);
    await hydrated(second.page);
    const row = second.page.getByRole('row', { name: /村民委员会选举/ });
    expect(await row.textContent()).toContain('未测验');
    await second.page.getByLabel('或粘贴学习记录码').fill(code);
    await second.page.getByRole('button', { name: '读取学习记录码' }).click();
    await second.page.getByRole('status').filter({ hasText: '记录有效（张三，城关镇东村）' }).waitFor();
    await second.page.getByRole('button', { name: '合并到本机记录' }).click();
    await second.page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    expect(await row.textContent()).toMatch(/0 分.*未通过/);
    expect(await second.page.getByLabel('姓名').inputValue()).toBe('张三');
    await second.page.reload();
    await hydrated(second.page);
    expect(await row.textContent()).toMatch(/0 分.*未通过/);
    expect(await second.page.getByLabel(/单位/).inputValue()).toBe('城关镇东村');
    expect(first.errors.concat(other.errors, second.errors)).toEqual([]);
    await second.context.close();
  });
});
