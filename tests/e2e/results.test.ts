/**
 * 成绩汇总 in Chromium: receipts made here with the codec from fixture data (never taken from the
 * page under test), pasted as chat text beside a damaged one; the exports, WeChat, printing,
 * clearing, axe on every state, and a 390 px phone at 200% text.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { encodeReceipt, type Receipt } from '../../src/lib/task/receipt';
import { ROOT } from '../../tooling/dirs';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';

const site = inject('siteUrl');
const RESULTS = `${site}trainer/results/`;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** A module as its source YAML says: code, title, questions by id. */
function moduleFromSource(id: string) {
  const meta = parse(readFileSync(join(ROOT, 'content', id, 'module.yaml'), 'utf8')) as {
    code: string;
    title: string;
  };
  const bank = parse(readFileSync(join(ROOT, 'content', id, 'questions.yaml'), 'utf8')) as {
    questions: { id: string; stem: string; source: string }[];
  };
  return { id, code: meta.code, title: meta.title, questions: bank.questions };
}
const overview = moduleFromSource('overview');
const discipline = moduleFromSource('discipline');
const missed = overview.questions.find((q) => q.id === 'overview-03')!;

const task: Task = {
  title: '东风镇换届培训第一期',
  unit: '东风镇党委',
  deadline: '2026-12-20',
  passMark: 80,
  modules: [overview.code, discipline.code],
  note: '',
};
const payload = encodeTask(task);
const taskLink = `${site}task/?t=${payload}&from=groupmessage&isappinstalled=0`;
const fixture: Receipt = {
  taskId: taskIdOf(payload),
  name: '张红梅',
  unit: '东风镇红旗村',
  completedAt: Date.UTC(2026, 11, 18, 2, 30),
  partial: false,
  modules: [
    { code: overview.code, best: 90, wrong: [3] },
    { code: discipline.code, best: 70, wrong: [] },
  ],
};
const good = encodeReceipt(fixture);
const late = encodeReceipt({ ...fixture, name: '李建国', completedAt: Date.UTC(2026, 11, 21, 1, 0) });
const otherTask = encodeReceipt({ ...fixture, name: '外镇学员', taskId: 'ABCDEF' });
const damaged = `${good.slice(0, 20)}${good.slice(24)}`;
const chat = [
  `东风镇党委 09:00\n请大家完成学习：${taskLink}`,
  `张红梅 10:12\n${good}`,
  `王小军 10:15\n我的回执 ${damaged} 谢谢`,
  `李建国 12-21 09:00\n${late}`,
  `外镇学员 09:30\n${otherTask}`,
].join('\n');
/** Line of the damaged code in `chat`, counted from 1. */
const damagedLine = chat.split('\n').findIndex((l) => l.includes(damaged)) + 1;

async function openResults(page: Page) {
  await page.goto(RESULTS);
  await hydrated(page);
}

async function paste(page: Page, text: string) {
  await page.getByLabel(/粘贴回执码/).fill(text);
  await page.getByRole('button', { name: '添加到汇总' }).click();
}

const table = (page: Page) => page.getByRole('table', { name: /成绩表/ });

describe('成绩汇总', () => {
  it('shows the pasted receipt’s row and the damaged one’s error, and keeps them after a reload', async () => {
    const { page, context, errors } = await openPage(browser);
    await openResults(page);
    await paste(page, chat);

    const row = table(page).getByRole('row', { name: new RegExp(fixture.name) });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    const cells = await row.locator('th, td').allInnerTexts();
    // A complete receipt below the pass mark in one module; version 1 receipts carried no lessons.
    expect(cells).toEqual([
      `${fixture.name} 未达标`,
      fixture.unit,
      '90',
      '70',
      '未报告',
      '否',
      '2026-12-18 10:30',
      '按时',
    ]);
    const lateRow = await table(page)
      .getByRole('row', { name: /李建国/ })
      .locator('td')
      .allInnerTexts();
    expect(lateRow.at(-1)).toBe('逾期');

    const problems = page.getByRole('region', { name: /有问题的回执/ });
    await problems.waitFor();
    expect(await problems.innerText()).toContain(`第 ${damagedLine} 行`);
    expect(await problems.innerText()).toMatch(/回执码不完整或有改动/);
    expect(await page.getByRole('region', { name: /其他任务的回执/ }).innerText()).toContain('外镇学员');
    expect(await page.getByRole('region', { name: '本次任务' }).innerText()).toContain(task.title);

    // The most-missed question, with its stem from the YAML and a link to its lesson section.
    const [lesson, anchor] = missed.source.split('#');
    const link = page.getByRole('link', { name: /重讲/ }).first();
    await link.waitFor();
    expect(await page.locator('.wrong-list li').first().innerText()).toContain(missed.stem.slice(0, 20));
    expect(await link.getAttribute('href')).toBe(`/modules/${lesson}/#${encodeURIComponent(anchor!)}`);

    await page.reload();
    await hydrated(page);
    const kept = table(page).getByRole('row', { name: new RegExp(fixture.name) });
    await kept.waitFor();
    expect(await kept.count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes the task from the link the trainer’s page gives, with WeChat’s parameters', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${RESULTS}?from=singlemessage&t=${payload}&isappinstalled=0`);
    await hydrated(page);
    const taskInfo = page.getByRole('region', { name: '本次任务' });
    await taskInfo.getByText(task.title, { exact: false }).waitFor();
    expect(await taskInfo.innerText()).toContain(`及格线 ${task.passMark} 分`);
    await paste(page, otherTask);
    expect(await page.getByRole('region', { name: /其他任务的回执/ }).innerText()).toContain('外镇学员');
    expect(await table(page).count()).toBe(0);
    await context.close();
  });

  it('downloads CSV and xlsx files that contain the row, loading the xlsx writer only on click', async () => {
    const { page, context } = await openPage(browser, { acceptDownloads: true });
    const scripts: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
    await openResults(page);
    await paste(page, good);
    await table(page).waitFor();

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^成绩汇总-.+\.csv$/);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`${fixture.name},${fixture.unit},90,70,未报告,否,未达标`);
    expect(csv).toContain(good);

    const before = scripts.length;
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(scripts.length).toBeGreaterThan(before);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const files = unzipSync(new Uint8Array(await readFile((await xlsxDownload.path())!)));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(xml).toContain(fixture.name);
    expect(xml).toContain(fixture.unit);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toMatch(/<v>90<\/v>/);
    await context.close();
  });

  it('exports a 600-row table to xlsx under the site’s Content-Security-Policy', async () => {
    // Past 160 KB a sheet would be zipped in a blob: Worker, which the policy forbids.
    const { page, context, errors } = await openPage(browser, { acceptDownloads: true });
    await openResults(page);
    const many = Array.from({ length: 600 }, (_, i) => encodeReceipt({ ...fixture, name: `学员${i}` })).join('\n');
    await page.getByLabel(/粘贴回执码/).evaluate((area, text) => {
      (area as HTMLTextAreaElement).value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, many);
    await page.getByRole('button', { name: '添加到汇总' }).click();
    await table(page)
      .getByRole('row', { name: /学员599/ })
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    const sheet = unzipSync(new Uint8Array(await readFile((await download.path())!)))['xl/worksheets/sheet1.xml']!;
    expect(sheet.length).toBeGreaterThan(160_000);
    expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
    await context.close();
  });

  it('inside WeChat says downloads fail and copies the table instead', async () => {
    const { page, context } = await openPage(browser, {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; V2154A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) NetType/4G Language/zh_CN',
      viewport: { width: 390, height: 844 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openResults(page);
    await paste(page, good);
    await table(page).waitFor();
    expect(await page.getByText('微信内置浏览器不能下载文件').count()).toBe(1);
    expect(await page.getByRole('button', { name: '导出 CSV' }).count()).toBe(0);
    await page.getByRole('button', { name: '复制表格' }).click();
    await page.getByText(/已复制 1 人的成绩表/).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[1]!.split('\t').slice(0, 6)).toEqual([
      fixture.name,
      fixture.unit,
      '90',
      '70',
      '未报告',
      '否',
    ]);
    await context.close();
  });

  it('prints the table without the controls, and asks before clearing', async () => {
    const { page, context } = await openPage(browser);
    await openResults(page);
    await paste(page, good);
    await table(page).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByLabel(/粘贴回执码/).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '复制表格' }).isVisible()).toBe(false);
    expect(
      await table(page)
        .getByRole('row', { name: new RegExp(fixture.name) })
        .isVisible(),
    ).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: '清空汇总……' }).click();
    expect(await page.getByText(/确定清空本机保存的 1 份回执/).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '取消' }).click();
    expect(await table(page).isVisible()).toBe(true);
    await page.getByRole('button', { name: '清空汇总……' }).click();
    await page.getByRole('button', { name: '确定清空' }).click();
    await page.getByText('还没有回执').waitFor();
    await page.reload();
    await hydrated(page);
    expect(await table(page).count()).toBe(0);
    await context.close();
  });

  // One state a test: axe takes several seconds a run on the shared machine.
  it.each([
    ['empty', 'light', null],
    ['empty', 'dark', null],
    ['with results, errors and another task', 'light', chat],
    ['with results, errors and another task', 'dark', chat],
    ['after a paste without receipts', 'light', 'no receipts here'],
  ] as const)('has no axe violations %s, in the %s scheme', async (_, colorScheme, text) => {
    const { page, context } = await openPage(browser, { colorScheme });
    await openResults(page);
    if (text) await paste(page, text);
    if (text === chat) await page.getByRole('link', { name: /重讲/ }).first().waitFor();
    if (text && text !== chat) await page.getByText('没有找到回执码', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('has no axe violations inside WeChat', async () => {
    const { page, context } = await openPage(browser, { userAgent: 'Mozilla/5.0 MicroMessenger/8.0.47' });
    await openResults(page);
    await paste(page, good);
    await page.getByText('微信内置浏览器不能下载文件').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['the browser’s text at 200%', 'browser'],
    ['the site’s 特大 text', 'site'],
  ])('fits a 390 px phone with %s: the table scrolls in its own box', async (_, how) => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await openResults(page);
    if (how === 'browser') {
      // The browser's own text-size setting (default 16 px → 32 px), as a reader would set it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    } else await page.getByRole('button', { name: '特大' }).click();
    await paste(page, chat);
    await table(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = page.getByRole('region', { name: /成绩表/ });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await context.close();
  });
});
