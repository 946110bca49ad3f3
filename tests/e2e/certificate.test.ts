/**
 * 学习证明 in Chromium: a trainee passes every module of a task, opens the certificate from the
 * task page, and it prints on one A4 page with the CJK font; 成绩汇总 accepts its code and refuses
 * an edited one, also as pictures of its QR code (a screenshot, the code on black); in WeChat it
 * is a picture with an opaque white background. The same for a role path, whose certificate no
 * unit issues: its page says what is missing, then opens it, and 成绩汇总 checks its code for edits
 * only. Expected values come from the source YAML and the codecs, never from the pages under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import encodeQR from 'qr';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { decodeReceipt } from '../../src/lib/task/receipt';
import { decodePathCode } from '../../src/lib/learning-path/path-code';
import { recordTest } from '../../src/lib/progress/attempts';
import { emptyProgress } from '../../src/lib/progress/record';
import { ROOT } from '../../tooling/dirs';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { passTest } from '../support/pass-test';
import { printToPdf, squash } from '../support/pdf';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const MODULE = 'discipline';
const source = parse(readFileSync(join(ROOT, 'content', MODULE, 'module.yaml'), 'utf8')) as {
  code: string;
  title: string;
};
const task: Task = {
  title: '东风镇换届培训第一期',
  unit: '东风镇党委',
  deadline: null,
  passMark: 80,
  modules: [source.code],
  note: '',
};
const payload = encodeTask(task);
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 XWEB/1160065 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** The certificate a page shows, once its QR image is drawn, and the code printed on it. */
async function shownCertificate(page: Page) {
  const sheet = page.locator('article.certificate');
  await sheet.waitFor();
  await page.locator('.certificate-qr img').waitFor();
  return { sheet, code: (await page.locator('[data-certificate-code]').textContent())!.trim() };
}

/** 成绩汇总's verdict on a pasted certificate code. */
async function checkCode(page: Page, value: string) {
  await page.getByLabel(/证明码/).fill(value);
  await page.getByRole('button', { name: '核对', exact: true }).click();
  return (await page.locator('.certificate-check-form [role="status"]').textContent())!;
}

/** The code with one character near its end changed, as a careless copy or a hand edit would. */
function edited(code: string) {
  const at = code.length - 4;
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
}

/** A trainee who opened the task, gave name and unit, and passed its module's test. */
async function passAs(page: Page, name: string, unit: string) {
  await page.goto(`${site}task/?t=${payload}`);
  await hydrated(page);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel(/^单位/).fill(unit);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.goto(`${site}modules/${MODULE}/quiz/`);
  await passTest(page, MODULE);
}

describe('a 学习证明', () => {
  it(
    'prints on one A4 page, is accepted by 成绩汇总, an edited code is refused, and is a white picture in WeChat',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openPage(browser);
      await passAs(page, '张三', '红旗村');
      await page.goto(`${site}task/?t=${payload}`);
      await hydrated(page);
      await page.getByRole('link', { name: '查看学习证明' }).click();

      const { sheet, code } = await shownCertificate(page);
      const decoded = decodeReceipt(code);
      expect(decoded.ok && decoded.receipt).toMatchObject({
        taskId: taskIdOf(payload),
        name: '张三',
        unit: '红旗村',
        partial: false,
      });
      const text = (await sheet.textContent())!;
      for (const part of ['张三', '红旗村', task.title, task.unit, source.title, '100 分'])
        expect(text).toContain(part);
      expect(await axeViolations(page)).toEqual([]);

      const pages = await printToPdf(page);
      expect(pages).toHaveLength(1);
      const printed = squash(pages[0]!.text);
      for (const part of ['学习证明', '张三', '红旗村', task.title, source.title])
        expect(printed).toContain(squash(part));
      expect(printed).toContain(code);

      await page.goto(`${site}trainer/results/?t=${payload}`);
      await hydrated(page);
      await page.getByLabel(/^粘贴回执码/).fill(`回执 张三（红旗村）：${code}`);
      await page.getByRole('button', { name: '添加到汇总' }).click();
      const check = (value: string) => checkCode(page, value);
      expect(await check(code)).toContain('核对一致');
      expect(await check(edited(code))).toContain('证明码无效');
      expect(errors).toEqual([]);
      const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
      await context.close();

      // WeChat: the same record, and the certificate is a PNG to long-press, on white, with the print hint.
      const wx = await openPage(browser, {
        userAgent: WECHAT_UA,
        viewport: { width: 390, height: 844 },
        isMobile: true,
      });
      await wx.page.goto(`${site}task/?t=${payload}`);
      await wx.page.evaluate((entries) => {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      }, stored);
      await wx.page.goto(`${site}certificate/?t=${payload}`);
      const img = wx.page.locator('img.certificate-image');
      await img.waitFor();
      expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(await img.getAttribute('alt')).toContain(code);
      // WeChat cannot print: 打印学习证明 opens the hint to use the system browser, as on every page.
      const hint = wx.page.locator('.certificate-tools').getByText('微信里不能直接打印');
      expect(await hint.count()).toBe(0);
      await wx.page.locator('.certificate-tools').getByRole('button', { name: '打印学习证明' }).click();
      await hint.waitFor();
      const corners = await img.evaluate(async (el: HTMLImageElement) => {
        await el.decode();
        const c = Object.assign(document.createElement('canvas'), { width: el.naturalWidth, height: el.naturalHeight });
        const ctx = c.getContext('2d')!;
        ctx.drawImage(el, 0, 0);
        const w = c.width - 1;
        const h = c.height - 1;
        return [
          [0, 0],
          [w, 0],
          [0, h],
          [w, h],
        ].map(([x, y]) => [...ctx.getImageData(x!, y!, 1, 1).data]);
      });
      for (const pixel of corners) expect(pixel).toEqual([255, 255, 255, 255]);
      expect(wx.errors).toEqual([]);
      await wx.context.close();
    },
  );
});

interface SourceModule {
  id: string;
  code: string;
  title: string;
  order: number;
  passMark: number;
  audience?: string[];
}
/** The village secretary's path, from the modules' own YAML: every module written for the role, in order. */
const villagePath = readdirSync(join(ROOT, 'content'))
  .filter((dir) => existsSync(join(ROOT, 'content', dir, 'module.yaml')))
  .map((dir) => ({
    ...(parse(readFileSync(join(ROOT, 'content', dir, 'module.yaml'), 'utf8')) as Omit<SourceModule, 'id'>),
    id: dir,
  }))
  .filter((m) => !m.audience || m.audience.includes('village'))
  .sort((a, b) => a.order - b.order);

describe('a role path’s 学习证明', () => {
  it(
    'waits for the missing module, then prints on one A4 page without an issuing unit, and 成绩汇总 checks its code for edits only',
    { timeout: 240_000 },
    async () => {
      expect(villagePath.map((m) => m.id)).toContain(MODULE);
      // Every module passed before today but MODULE, which the trainee passes in the browser.
      let seeded = emptyProgress();
      for (const m of villagePath.filter((m) => m.id !== MODULE)) {
        const at = new Date(Date.UTC(2026, 10, 20, 2)).toISOString();
        seeded = recordTest(seeded, m.id, {
          paper: [],
          responses: {},
          wrong: [],
          percent: 90,
          passed: 90 >= m.passMark,
          at,
        });
      }
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${site}progress/`);
      await page.evaluate((record) => localStorage.setItem('hj-progress', record), JSON.stringify(seeded));
      await page.reload();
      await hydrated(page);
      await page.getByLabel('姓名').fill('李四');
      await page.getByLabel(/^单位/).fill('东风村');
      await page.getByRole('button', { name: '保存学员信息' }).click();
      await page.getByText('已保存。').waitFor();

      const missing = villagePath.find((m) => m.id === MODULE)!;
      await page.goto(`${site}paths/village/`);
      await page.getByText(`还差 1 个模块的测验达到及格线：“${missing.title}”`).waitFor();
      expect(await page.getByRole('link', { name: '查看学习证明' }).isVisible()).toBe(false);

      await page.goto(`${site}modules/${MODULE}/quiz/`);
      await passTest(page, MODULE);
      await page.goto(`${site}paths/village/`);
      await page.getByRole('link', { name: '查看学习证明' }).click();

      const { sheet, code } = await shownCertificate(page);
      const decoded = decodePathCode(code);
      expect(decoded.ok && decoded.path).toMatchObject({
        role: 'village',
        name: '李四',
        unit: '东风村',
        modules: villagePath.map((m) => ({ code: m.code, best: m.id === MODULE ? 100 : 90 })),
      });
      const text = (await sheet.textContent())!;
      for (const part of [
        '李四',
        '东风村',
        '村党组织书记学习路径',
        '不代表任何单位',
        ...villagePath.map((m) => m.title),
      ])
        expect(text).toContain(part);
      expect(text).not.toContain('任务编号');
      expect(await axeViolations(page)).toEqual([]);

      const pages = await printToPdf(page);
      expect(pages).toHaveLength(1);
      const printed = squash(pages[0]!.text);
      for (const part of ['学习证明', '李四', '东风村', '村党组织书记学习路径', '不代表任何单位', missing.title])
        expect(printed).toContain(squash(part));
      expect(printed).toContain(code);

      await page.goto(`${site}trainer/results/?t=${payload}`);
      await hydrated(page);
      const check = (value: string) => checkCode(page, value);
      const verdict = await check(`学习证明 李四：${code}`);
      expect(verdict).toContain('证明码完整，没有改动：李四（东风村）的“村党组织书记学习路径”学习证明');
      expect(verdict).toContain('不能确认成绩');
      expect(await check(edited(code))).toContain('证明码无效');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

/** The certificate's QR <img> drawn on black, as WeChat's viewer shows it, saved as a JPEG (black fill). */
async function onBlack(img: Locator): Promise<Buffer> {
  const url = await img.evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    const pad = 60;
    const canvas = Object.assign(document.createElement('canvas'), {
      width: el.naturalWidth + 2 * pad,
      height: el.naturalHeight + 2 * pad,
    });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#000';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(el, pad, pad);
    return canvas.toDataURL('image/jpeg', 0.85);
  });
  return Buffer.from(url.split(',')[1]!, 'base64');
}

/** Gives `files` to the page as a paste into `selector` (a screenshot copied on a PC). */
async function pasteImage(page: Page, selector: string, file: { name: string; type: string; data: Buffer }) {
  await page.locator(selector).evaluate(
    (box, f) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { name: file.name, type: file.type, data: file.data.toString('base64') },
  );
}

describe('核对学习证明 from pictures', () => {
  it(
    'accepts a screenshot of the certificate’s QR code and the code on black, and names what every other picture is',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openPage(browser);
      await passAs(page, '李四', '东风村');
      await page.goto(`${site}certificate/?t=${payload}`);
      const qr = page.locator('.certificate-qr img');
      await qr.waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.certificate-qr img')?.complete);
      const code = (await page.locator('[data-certificate-code]').textContent())!.trim();
      const screenshot = await qr.screenshot();
      const black = await onBlack(qr);
      const title = await page.locator('.certificate-title').screenshot();

      // The trainer holds the receipt 李四 sent; the certificate comes later as pictures.
      await page.goto(`${site}trainer/results/?t=${payload}`);
      await hydrated(page);
      await page.getByLabel(/^粘贴回执码/).fill(`李四 09:12\n${code}`);
      await page.getByRole('button', { name: '添加到汇总' }).click();
      await page.getByText(/读到 1 份回执/).waitFor();
      const result = page.locator('#certificate-check-result');

      // Several at once: the screenshot, an edited certificate's code, the task link, a picture with no code.
      const at = code.length - 4;
      const edited = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
      const gif = (text: string) => Buffer.from(encodeQR(text, 'gif', { scale: 6, border: 4 }));
      await page.getByLabel('选择学习证明的截图或照片（可多选）').setInputFiles([
        { name: '证明截图.png', mimeType: 'image/png', buffer: screenshot },
        { name: '改过的证明.gif', mimeType: 'image/gif', buffer: gif(edited) },
        { name: '任务二维码.gif', mimeType: 'image/gif', buffer: gif(`${site}task/?t=${payload}`) },
        { name: '标题.png', mimeType: 'image/png', buffer: title },
      ]);
      const items = result.locator('li');
      await items.nth(3).waitFor({ timeout: 60_000 });
      const lines = await items.allTextContents();
      expect(lines[0]).toMatch(/^证明截图\.png：核对一致：李四（东风村）/);
      expect(lines[1]).toMatch(/^改过的证明\.gif：证明码无效，不能通过核对/);
      expect(lines[2]).toContain(`任务二维码.gif：这是学习任务“${task.title}”（${task.unit}）的任务链接`);
      expect(lines[2]).toContain('不是学习证明');
      expect(lines[3]).toMatch(/^标题\.png：图片中没有认出二维码/);
      expect(await result.getAttribute('role')).toBe('status');
      expect(await axeViolations(page)).toEqual([]);

      // The QR image as forwarded in WeChat (black around it, a JPEG), pasted into the box.
      await pasteImage(page, '#certificate-code', { name: '', type: 'image/jpeg', data: black });
      await result.getByText(/粘贴的图片：核对一致：李四（东风村）/).waitFor({ timeout: 30_000 });

      // The edited code pasted as text is refused, and the box says it is the problem.
      const box = page.getByLabel(/证明码/);
      await box.fill(edited);
      await page.getByRole('button', { name: '核对', exact: true }).click();
      await result.getByText(/证明码无效/).waitFor();
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
