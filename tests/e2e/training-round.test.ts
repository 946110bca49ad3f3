/**
 * A whole training round, as a county would run it, at the domain root and under a sub-path: the
 * trainer builds a task and gives a roster of six; trainees on phones in WeChat's browser (its
 * user agent, the link with WeChat's parameters) each do something different — one only
 * practises, one passes one module of two, two complete, one sends only a screenshot of the
 * receipt QR, one sends nothing; the trainer pastes the chat (with noise and a damaged code) and
 * the screenshot. Every expected status, name and title comes from this file's fixture and the
 * source YAML, never from the pages under test.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { decodeQR } from 'qr/decode.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { decodeReceipt } from '../../src/lib/task/receipt';
import { ROOT, SUB_BASE } from '../../tooling/dirs';
import { serveStatic } from '../../tooling/serve';
import { hydrated, launch, openPage } from '../support/browser';
import { answerKey } from '../support/content-source';
import { answerPaper, optionLabel } from '../support/quiz-key';
import { subPathSite } from '../support/sub-path-site';

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 XWEB/1160065 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const WECHAT_PARAMS = '&from=groupmessage&isappinstalled=0&nsukey=Ab%2Fcd%3D%3D';
const PHONE = { userAgent: WECHAT_UA, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const moduleOf = (id: string) => ({
  id,
  ...(parse(readFileSync(join(ROOT, 'content', id, 'module.yaml'), 'utf8')) as { code: string; title: string }),
  key: answerKey([id]),
});
const FIRST = moduleOf('overview');
const SECOND = moduleOf('discipline');
const TITLE = '东风镇换届培训第二期';

type Plan = 'practice' | 'one-of-two' | 'complete' | 'screenshot' | 'nothing';
interface Trainee {
  /** As the roster has it. */
  roster: string;
  /** As the trainee types it on the phone. */
  name: string;
  unit: string;
  plan: Plan;
  /** What 成绩汇总 must say about them. */
  status: '已完成' | '部分' | '未达标' | '未交';
  /** The WeChat header line above their message. */
  header: string;
}
const TRAINEES: Trainee[] = [
  {
    roster: '赵小红\t红旗村',
    name: '赵小红',
    unit: '东风镇红旗村',
    plan: 'practice',
    status: '部分',
    header: '赵小红 09:05',
  },
  {
    roster: '李建国\t红旗村',
    name: '李建国',
    unit: '东风镇红旗村',
    plan: 'one-of-two',
    status: '未达标',
    header: '李建国 09:40',
  },
  {
    roster: '张红梅\t红旗村',
    name: '张红梅',
    unit: '东风镇红旗村',
    plan: 'complete',
    status: '已完成',
    header: '张红梅 09:12',
  },
  // Typed with a space: the one person-key rule still finds her on the roster.
  {
    roster: '王芳\t新华社区',
    name: '王 芳',
    unit: '东风镇新华社区',
    plan: 'complete',
    status: '已完成',
    header: '王芳 10:05',
  },
  {
    roster: '刘洋\t新华社区',
    name: '刘洋',
    unit: '东风镇新华社区',
    plan: 'screenshot',
    status: '已完成',
    header: '刘洋 10:30',
  },
  { roster: '陈静\t新华社区', name: '陈静', unit: '东风镇新华社区', plan: 'nothing', status: '未交', header: '' },
];
/** The damaged copy of 王芳's first try, and the header it came under. */
const DAMAGED_HEADER = '王芳 10:01';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** The QR image as a phone's black image viewer shows it, decoded in Node. */
async function decodeOnBlack(page: Page, selector: string): Promise<string> {
  const image = await page.locator(selector).evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), {
      width: img.naturalWidth,
      height: img.naturalHeight,
    });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#000';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width, height, data: Array.from(data) };
  });
  return decodeQR({ width: image.width, height: image.height, data: Uint8Array.from(image.data) });
}

async function createTask(page: Page, site: string): Promise<string> {
  await page.goto(`${site}trainer/`);
  await hydrated(page);
  for (const m of [FIRST, SECOND]) await page.getByRole('checkbox', { name: new RegExp(`^${m.title}`) }).check();
  await page.getByLabel('任务名称（必填）').fill(TITLE);
  await page.getByLabel('发布单位（必填）').fill('东风镇党委');
  await page.getByLabel('截止日期（可不填）').fill('2099-12-31');
  await page.getByRole('button', { name: '生成任务链接和二维码' }).click();
  const link = await page.getByLabel(/^任务链接/).inputValue();
  // The notice's QR code still reads on a black background (WeChat's viewer, a JPEG's fill).
  await page.locator('.print-sheet img.qr').waitFor();
  expect(await decodeOnBlack(page, '.print-sheet img.qr')).toBe(link);
  return link;
}

/** Takes a module's test from the task page's 参加测验 link, rightly or wrongly, and comes back. */
async function takeTest(page: Page, module: ReturnType<typeof moduleOf>, right: boolean) {
  await page.locator('.task-modules li', { hasText: module.title }).getByRole('link', { name: '参加测验' }).click();
  await hydrated(page);
  expect(new URL(page.url()).hash).toBe('#test');
  await page.getByText(`本次测验计入学习任务“${TITLE}”`).waitFor();
  await page.getByRole('button', { name: '开始测验' }).click();
  await page.locator('#quiz-paper fieldset.question').first().waitFor();
  await answerPaper(page, module.key, right);
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('heading', { name: right ? /测验通过/ : /测验未通过/ }).waitFor();
  await page.getByRole('link', { name: '← 返回学习任务' }).click();
  await hydrated(page);
}

/** Practises a few questions right on a quiz page, as a trainee who takes practice for the test. */
async function practise(page: Page, site: string) {
  await page.goto(`${site}modules/${FIRST.id}/quiz/`);
  await hydrated(page);
  await page.getByText('练习不计入成绩，也不计入学习任务的回执').waitFor();
  let done = 0;
  for (const field of await page.locator('.practice fieldset.question').all()) {
    const q = FIRST.key.get((await field.getAttribute('id'))!.replace(/^practice-/, ''))!;
    if (q.type === 'judge') await field.getByLabel(q.answer ? '正确' : '错误', { exact: true }).check();
    else if (q.type === 'single') await optionLabel(field, q, q.answer as number).click();
    else continue;
    await field.locator('xpath=..').getByRole('button', { name: '核对答案' }).click();
    if (++done === 3) break;
  }
  expect(done).toBe(3);
  await page.getByRole('link', { name: '← 返回学习任务' }).click();
  await hydrated(page);
}

/** One trainee's round on a phone; returns what they send to the group (text or a screenshot). */
async function playTrainee(t: Trainee, link: string, site: string): Promise<{ text?: string; image?: Buffer }> {
  const { page, context, errors } = await openPage(browser, PHONE);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(link + WECHAT_PARAMS);
    await hydrated(page);
    await page.getByLabel('姓名').fill(t.name);
    await page.getByLabel(/^单位/).fill(t.unit);
    await page.getByRole('button', { name: '保存' }).click();
    if (t.plan === 'nothing') return {};
    if (t.plan === 'practice') {
      await practise(page, site);
      // Back on the task: it says what practice does not count for and what is missing.
      await page
        .getByText(/练习题做得再多也不计入回执/)
        .first()
        .waitFor();
      expect(await page.locator('.task').textContent()).toContain(`还差：“${FIRST.title}”的测验（尚未交卷）`);
    } else {
      await takeTest(page, FIRST, true);
      await takeTest(page, SECOND, t.plan !== 'one-of-two');
    }
    if (t.plan === 'practice' || t.plan === 'one-of-two') {
      await page.getByRole('button', { name: '生成部分回执（目前进度）' }).click();
    }
    const code = (await page.locator('[data-receipt-code]').textContent())!.trim();
    if (t.plan === 'complete') {
      expect(await decodeOnBlack(page, '.task-receipt img.qr')).toBe(code);
    }
    if (t.plan === 'screenshot') {
      const qr = page.locator('.task-receipt img.qr');
      await qr.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.task-receipt img.qr')?.complete);
      return { image: await page.screenshot() };
    }
    await page.getByRole('button', { name: '复制回执' }).click();
    await page.getByText(/已复制|不允许自动复制/).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(code);
    expect(errors).toEqual([]);
    return { text };
  } finally {
    await context.close();
  }
}

async function playRound(site: string) {
  const trainer = await openPage(browser, { acceptDownloads: true });
  const { page } = trainer;
  const link = await createTask(page, site);

  const sent = new Map<Trainee, { text?: string; image?: Buffer }>();
  for (const t of TRAINEES) sent.set(t, await playTrainee(t, link, site));

  // The chat as the trainer copies it: headers, chatter, a damaged first try, then the good one.
  const message = (t: Trainee) => sent.get(t)!.text!;
  const wang = TRAINEES[3]!;
  const chat = [
    `${TITLE}群`,
    '东风镇党委 08:30',
    `请大家在本周内完成学习任务：${link}`,
    TRAINEES[2]!.header,
    message(TRAINEES[2]!),
    TRAINEES[1]!.header,
    message(TRAINEES[1]!),
    DAMAGED_HEADER,
    message(wang).slice(0, -8),
    wang.header,
    message(wang),
    TRAINEES[0]!.header,
    message(TRAINEES[0]!),
    TRAINEES[4]!.header,
    '[图片]',
    '收到，大家辛苦了！',
  ].join('\n');

  await page.getByRole('link', { name: '这个任务的成绩汇总' }).click();
  await hydrated(page);
  await page.getByLabel('学员名单').fill(`姓名\t单位\n${TRAINEES.map((t) => t.roster).join('\n')}`);
  await page.getByRole('button', { name: '保存名单' }).click();
  await page.getByLabel(/^粘贴回执码/).fill(chat);
  await page.getByRole('button', { name: '添加到汇总' }).click();
  await page.getByText(/读到 4 份回执/).waitFor();
  // The screenshot, chosen as a picture.
  await page.getByLabel('选择回执截图或照片（可多选）').setInputFiles({
    name: 'wechat-screenshot.png',
    mimeType: 'image/png',
    buffer: sent.get(TRAINEES[4]!)!.image!,
  });
  await page.getByText(/从 1 张图片中读到 1 份回执/).waitFor({ timeout: 30_000 });

  // Every one of the six, exactly as the fixture says.
  const lines = await page.locator('.roster-list li').allTextContents();
  expect(lines).toHaveLength(TRAINEES.length);
  for (const t of TRAINEES) {
    const rosterName = t.roster.split('\t')[0]!;
    const line = lines.find((l) => l.includes(rosterName));
    expect(line, rosterName).toBeDefined();
    expect(line!.trim().startsWith(t.status), `${rosterName}: ${line}`).toBe(true);
  }
  // The damaged code with the chat line it came under; the pasted text is still there.
  const damaged = page.locator('.damaged-list li');
  expect(await damaged.count()).toBe(1);
  expect(await damaged.textContent()).toContain(DAMAGED_HEADER);
  expect(await page.getByLabel(/^粘贴回执码/).inputValue()).toBe(chat);
  // The reminder names only the one who sent nothing as missing.
  const reminder = await page.getByLabel('未交名单（发到群里提醒）').inputValue();
  const missing = reminder.split('\n')[0]!;
  for (const t of TRAINEES) expect(missing.includes(t.roster.split('\t')[0]!), t.name).toBe(t.status === '未交');

  // Exports name modules, not codes.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  expect(csv).toContain(`${FIRST.title}（最高分）`);
  expect(csv).toContain(`${SECOND.title}（最高分）`);
  expect(csv).toContain(`${SECOND.title} 第 `);
  expect(csv).not.toMatch(new RegExp(`\\b${SECOND.code}: \\d`));

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: '导出 Excel（.xlsx）' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile((await xlsxDownload.path())!)));
  const xml = Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
  expect(xml).toContain(`${FIRST.title}（最高分）`);
  // 李建国 answered every question of the second test wrong: their words are in the 错题 sheet.
  const li = decodeReceipt(/HJR\d+-[\w-]+/.exec(message(TRAINEES[1]!))![0]);
  if (!li.ok) throw new Error(li.error);
  const wrongNumbers = li.receipt.modules.find((m) => m.code === SECOND.code)!.wrong;
  expect(wrongNumbers.length).toBeGreaterThan(0);
  const stem = [...SECOND.key.values()].find((q) => Number(q.id.split('-').at(-1)) === wrongNumbers[0])!.stem;
  const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(xml).toContain(escapeXml(stem));

  // On paper: the headings, the task's name and the missing list.
  await page.emulateMedia({ media: 'print' });
  for (const heading of ['姓名 · 状态', FIRST.title, SECOND.title, '已读课数', '是否通过']) {
    expect(await page.locator('.results-table thead th', { hasText: heading }).first().isVisible(), heading).toBe(true);
  }
  const printTitle = page.locator('h2.print-only');
  expect(await printTitle.isVisible()).toBe(true);
  expect(await printTitle.textContent()).toContain(TITLE);
  expect(await page.locator('.reminder-print').isVisible()).toBe(true);
  expect(await page.locator('.reminder-print').textContent()).toContain('陈静');
  await page.emulateMedia({ media: 'screen' });
  expect(trainer.errors).toEqual([]);
  await trainer.context.close();
}

describe('a whole training round', () => {
  it('at the domain root: every one of six trainees shows as the fixture says, with the missing one named', async () => {
    await playRound(inject('siteUrl'));
  }, 300_000);

  it('under a sub-path: the same round', async () => {
    const server = await serveStatic(subPathSite(), SUB_BASE);
    try {
      await playRound(server.url);
    } finally {
      await server.close();
    }
  }, 600_000);
});
