/**
 * Trainers and role paths in Chromium: a trainer creates a task; a trainee in a fresh context
 * opens the link (with WeChat's extra parameters, and as a #t= fragment), passes the test and
 * gets the receipt, which the trainer pastes on 成绩汇总 beside a damaged one; role
 * paths; axe on every new page and state; a 390 px phone at 200% text and at 特大. Expected
 * values come from the source YAML and the codecs, never from the pages under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { decodeTask, encodeTask, parseTaskFromUrl, taskIdOf } from '../../src/lib/task/link';
import { decodeReceipt } from '../../src/lib/task/receipt';
import { ROOT } from '../../tooling/dirs';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { passTest } from '../support/pass-test';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const yaml = <T>(...parts: string[]) => parse(readFileSync(join(ROOT, 'content', ...parts), 'utf8')) as T;
const moduleIds = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'pages')
  .map((d) => d.name);
const modules = moduleIds
  .map((id) => ({
    id,
    ...yaml<{ code: string; title: string; order: number; passMark?: number; audience?: string[] }>(id, 'module.yaml'),
  }))
  .sort((a, b) => a.order - b.order);
const ROLE_LABELS = {
  township: '乡镇党委书记',
  village: '村党组织书记',
  community: '社区党组织书记',
  member: '两委成员',
  staff: '选举工作人员',
};
const forRole = (role: string) => modules.filter((m) => !m.audience || m.audience.includes(role));

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 XWEB/1160065 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const WECHAT_PARAMS = '&from=groupmessage&isappinstalled=0&nsukey=Ab%2Fcd%3D%3D';

/** Creates a task on /trainer/ the way a trainer would; returns the link shown. */
async function createTask(page: Page, choose: (page: Page) => Promise<void>, title = '东风镇换届培训第一期') {
  await page.goto(`${site}trainer/`);
  await hydrated(page);
  await choose(page);
  await page.getByLabel('任务名称（必填）').fill(title);
  await page.getByLabel('发布单位（必填）').fill('东风镇党委');
  await page.getByLabel('截止日期（可不填）').fill('2099-12-31');
  await page.getByLabel('给学员的说明（可不填，100 字以内）').fill('<b>请按时完成</b>');
  await page.getByRole('button', { name: '生成任务链接和二维码' }).click();
  return page.getByLabel(/^任务链接/).inputValue();
}

describe('assigning a task', () => {
  it('a role preset chooses that role’s modules; the link, QR image and notice describe the task', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = await createTask(page, (p) => p.getByRole('button', { name: '村党组织书记' }).click());
    const decoded = parseTaskFromUrl(link);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.task.modules).toEqual(forRole('village').map((m) => m.code));
    expect(decoded.task.note).toBe('<b>请按时完成</b>');
    expect(decoded.task.passMark).toBe(Math.max(...forRole('village').map((m) => m.passMark ?? 80)));
    expect(link.length).toBeLessThan(200);

    const qr = page.locator('.print-sheet img.qr');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(Number(await qr.getAttribute('data-qr-version'))).toBeLessThanOrEqual(10);
    expect(await page.locator('.print-sheet b').count()).toBe(0);
    await expect.poll(() => page.locator('.print-sheet').textContent()).toContain('<b>请按时完成</b>');
    for (const m of forRole('village')) expect(await page.locator('.print-sheet').textContent()).toContain(m.title);

    await page.getByRole('button', { name: '复制链接' }).click();
    await page.getByText('已复制任务链接').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists what is missing instead of making a link, and starts from a role path’s preset', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}trainer/?role=community`);
    await hydrated(page);
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(forRole('community').length);
    await page.getByRole('button', { name: '生成任务链接和二维码' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('请填写任务名称');
    expect(await page.getByLabel(/^任务链接/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('keeps a preset tapped and a title typed before the form hydrated, on a slow phone', async () => {
    const { page, context, errors } = await openPage(browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${site}trainer/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: '村党组织书记' }).click();
    await page.getByLabel('任务名称（必填）').pressSequentially('东风镇第三期');
    await hydrated(page);
    await page.getByLabel('发布单位（必填）').fill('东风镇党委');
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(forRole('village').length);
    expect(await page.getByLabel('任务名称（必填）').inputValue()).toBe('东风镇第三期');
    await page.getByRole('button', { name: '生成任务链接和二维码' }).click();
    const decoded = parseTaskFromUrl(await page.getByLabel(/^任务链接/).inputValue());
    expect(decoded.ok && decoded.task.title).toBe('东风镇第三期');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the fields a problem names as invalid', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}trainer/`);
    await hydrated(page);
    await page.getByRole('button', { name: '两委成员' }).click();
    await page.getByRole('button', { name: '生成任务链接和二维码' }).click();
    await page.getByRole('alert').waitFor();
    const title = page.getByLabel('任务名称（必填）');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.getAttribute('aria-describedby')).toBe('assign-problems');
    expect(await page.getByLabel('截止日期（可不填）').getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });

  it('prints the notice alone', async () => {
    const { page, context } = await openPage(browser);
    await createTask(page, (p) => p.getByRole('button', { name: '两委成员' }).click());
    await page.locator('.print-sheet img.qr').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-sheet').isVisible()).toBe(true);
    expect(await page.locator('.assign-form').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '复制链接' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('doing a task', () => {
  const discipline = modules.find((m) => m.id === 'discipline')!;

  it(
    'a trainee opens the link from WeChat, passes the test and gets a receipt that decodes',
    { timeout: 240_000 },
    async () => {
      const trainer = await openPage(browser);
      const link = await createTask(trainer.page, (p) =>
        p.getByRole('checkbox', { name: new RegExp(`^${discipline.title}`) }).check(),
      );
      await trainer.context.close();
      const payload = parseTaskFromUrl(link);
      expect(payload.ok).toBe(true);

      const { page, context, errors } = await openPage(browser, {
        userAgent: WECHAT_UA,
        viewport: { width: 390, height: 844 },
      });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(link + WECHAT_PARAMS);
      await hydrated(page);
      await page.getByRole('heading', { name: '东风镇换届培训第一期' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('<b>请按时完成</b>');
      expect(await page.locator('main b').count()).toBe(0);
      expect(await page.locator('main').textContent()).toMatch(/还剩 \d+ 天/);
      expect(await page.getByRole('heading', { name: new RegExp(discipline.title) }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('姓名').fill('张红梅');
      await page.getByLabel(/^单位/).fill('东风镇红旗村');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('学员：张红梅（东风镇红旗村）').waitFor();

      // A partial receipt before the test: marked partial, and so is the code.
      await page.getByRole('button', { name: '生成部分回执（目前进度）' }).click();
      await page.getByText('部分回执：尚未全部达标').waitFor();
      const partial = decodeReceipt((await page.locator('[data-receipt-code]').textContent())!);
      expect(partial.ok && partial.receipt.partial).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await page
        .getByRole('link', { name: /^参加测验/ })
        .first()
        .click();
      await passTest(page, 'discipline');
      // This time the link as a fragment, with WeChat's parameters in the query before it.
      if (!payload.ok) return;
      await page.goto(`${site}task/?from=groupmessage&isappinstalled=0#t=${payload.payload}`);
      await hydrated(page);
      await page.getByRole('heading', { name: '东风镇换届培训第一期' }).waitFor();
      const code = page.locator('[data-receipt-code]');
      await code.waitFor();
      const receipt = decodeReceipt((await code.textContent())!);
      expect(receipt.ok).toBe(true);
      if (!receipt.ok || !payload.ok) return;
      expect(receipt.receipt).toMatchObject({
        taskId: taskIdOf(payload.payload),
        name: '张红梅',
        unit: '东风镇红旗村',
        partial: false,
        modules: [{ code: discipline.code, best: 100, wrong: [] }],
      });
      expect(await page.locator('.task-receipt img.qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      await page.getByRole('button', { name: '复制回执' }).click();
      await page.getByText('已复制').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain((await code.textContent())!);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      const sent = (await code.textContent())!;
      await context.close();

      // The trainer pastes it from the chat, beside a code that lost characters on the way.
      const damaged = `${sent.slice(0, 20)}${sent.slice(24)}`;
      const damagedResult = decodeReceipt(damaged);
      expect(damagedResult.ok).toBe(false);
      if (damagedResult.ok) return;
      const results = await openPage(browser);
      await results.page.goto(`${site}trainer/results/`);
      await hydrated(results.page);
      await results.page
        .getByLabel(/粘贴回执码/)
        .fill(`任务：${link}\n张红梅 10:02\n回执 张红梅（东风镇红旗村）：${sent}\n李四 10:05\n${damaged}`);
      await results.page.getByRole('button', { name: '添加到汇总' }).click();
      const row = results.page.getByRole('row', { name: /张红梅/ });
      await row.waitFor();
      const cells = await row.locator('th, td').allTextContents();
      expect(cells[0]).toBe('张红梅 已完成');
      expect(cells[1]).toBe('东风镇红旗村');
      expect(cells[2]).toBe('100');
      // She went straight to the test: the receipt says so, lessons read of the module's lessons.
      const lessons = readdirSync(join(ROOT, 'content', 'discipline')).filter((f) => /^\d\d-.+\.mdx$/.test(f));
      expect(cells[3]).toBe(`0 / ${lessons.length} 课`);
      expect(cells[4]).toBe('是');
      expect(cells[6]).toBe('按时');
      const list = results.page.locator('.damaged-list li');
      expect(await list.count()).toBe(1);
      expect(await list.textContent()).toContain('第 5 行');
      expect(await list.textContent()).toContain(damagedResult.error);
      expect(await results.page.getByText(/^读到 1 份回执，新增 1 份；已按任务链接核对/).getAttribute('role')).toBe(
        'status',
      );
      expect(await axeViolations(results.page)).toEqual([]);
      expect(results.errors).toEqual([]);
      await results.context.close();
    },
  );

  it.each([
    ['cut short', (p: string) => p.slice(0, -6)],
    [
      'with one character changed',
      (p: string) => (p[5] === 'A' ? `${p.slice(0, 5)}B${p.slice(6)}` : `${p.slice(0, 5)}A${p.slice(6)}`),
    ],
    ['missing', () => ''],
  ])('a link %s says what is wrong and what to do', async (_, damage) => {
    const good = encodeTask({
      title: '测试任务',
      unit: '某镇',
      deadline: null,
      passMark: 80,
      modules: [discipline.code],
      note: '',
    });
    const bad = damage(good);
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${site}task/?t=${bad}&from=timeline`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const expected = decodeTask(bad);
    expect(expected.ok).toBe(false);
    if (!expected.ok) expect(await alert.textContent()).toContain(expected.error);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('role paths', () => {
  it.each(Object.entries(ROLE_LABELS))('/paths/%s/ lists that role’s modules in order', async (role, label) => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}paths/${role}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${label}学习路径`);
    const titles = await page.locator('.path-step h2 a').allTextContents();
    expect(titles).toEqual(forRole(role).map((m) => m.title));
    await context.close();
  });

  it('marks lessons for other roles optional and shows the reader’s own progress', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}paths/village/`);
    // party-election's first lessons are not for village secretaries? Read from the source.
    const optional = moduleIds.flatMap((id) =>
      forRole('village').some((m) => m.id === id)
        ? readdirSync(join(ROOT, 'content', id))
            .filter((f) => /^\d\d-.*\.mdx$/.test(f))
            .filter((f) => {
              const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content', id, f), 'utf8'))![1]!;
              const audience = (parse(front) as { audience?: string[] }).audience;
              return audience && !audience.includes('village');
            })
            .map((f) => `${id}/${f.replace(/^\d\d-/, '').replace(/\.mdx$/, '')}`)
        : [],
    );
    const marked = await page
      .locator('[data-path-lesson][data-optional]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-path-lesson')));
    expect(marked.sort()).toEqual(optional.sort());
    expect(await page.locator('[data-path-module="community-election"]').count()).toBe(0);

    const first = forRole('village')[0]!;
    await page.evaluate(
      ([key, id]) =>
        localStorage.setItem(
          key!,
          JSON.stringify({ version: 1, modules: { [id!]: { best: 90, attempts: 1, passed: true } }, wrong: {} }),
        ),
      ['hj-progress', first.id],
    );
    await page.reload();
    expect(await page.locator(`[data-path-test="${first.id}"]`).textContent()).toContain('已通过，最高 90 分');
    expect(await page.locator('[data-path-summary]').textContent()).toContain(
      `通过 1 / ${forRole('village').length} 个模块`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a 390 px phone', () => {
  const pages = ['', 'paths/township/', 'trainer/', 'trainer/guide/', 'task/'];
  it.each([
    ['the browser’s text at 200%', 'browser'],
    ['the site’s 特大 text', 'site'],
  ])('every new page fits with %s', async (_, how) => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(
        `${site}${path}${path === 'task/' ? `?t=${encodeTask({ title: '很长的任务名称'.repeat(5), unit: '某某县委组织部', deadline: '2099-01-01', passMark: 80, modules: modules.map((m) => m.code), note: '说明'.repeat(40) })}` : ''}`,
      );
      await hydrated(page);
      // Through the CSSOM: the page's Content-Security-Policy refuses an added <style> element.
      if (how === 'browser')
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      else await page.getByRole('button', { name: '特大' }).click();
      if (path === 'trainer/') {
        await page.getByRole('button', { name: '乡镇党委书记' }).click();
        await page.getByLabel('任务名称（必填）').fill('很长的任务名称'.repeat(5));
        await page.getByLabel('发布单位（必填）').fill('某某县委组织部');
        await page.getByRole('button', { name: '生成任务链接和二维码' }).click();
        await page.locator('.print-sheet img.qr').waitFor();
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path || '/'}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('pages without violations', () => {
  it('axe finds nothing on the guide', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${site}trainer/guide/`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
