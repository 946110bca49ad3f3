/**
 * The Content-Security-Policy in Chromium: every kind of page, in the states that run scripts
 * (hydrated islands, a QR code, the search dialog with Pagefind's WebAssembly, a handed-in test),
 * loads under the policy with no violation reported and no console error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeTask, taskIdOf } from '../../src/lib/task/link';
import { encodeReceipt } from '../../src/lib/task/receipt';
import { CSP_DIRECTIVES } from '../../tooling/csp.mjs';
import { hydrated, launch, openPage } from '../support/browser';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

declare global {
  interface Window {
    violations: string[];
  }
}

const task = encodeTask({ title: '检查任务', unit: '某镇', deadline: null, passMark: 80, modules: ['dc'], note: '' });
/** A receipt with a wrong question, so 成绩汇总 draws its table and fetches that question. */
const receipt = encodeReceipt({
  taskId: taskIdOf(task),
  name: '检查学员',
  unit: '某村',
  completedAt: Date.UTC(2026, 11, 1, 8),
  partial: false,
  modules: [{ code: 'dc', best: 90, wrong: [1] }],
});

/** Each kind of page, and what to do on it so that its scripts run. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
  ['', async () => {}],
  ['modules/overview/', async () => {}],
  ['modules/overview/goals/', async () => {}],
  ['modules/overview/quiz/', (p) => p.getByRole('button', { name: '测验', exact: true }).click()],
  ['modules/overview/checklist/', async () => {}],
  ['paths/village/', async () => {}],
  ['glossary/', async () => {}],
  ['faq/', async () => {}],
  ['progress/', async () => {}],
  ['review/', async () => {}],
  [
    'search/',
    async (p) => {
      await p.keyboard.press('Control+k');
      await p.getByRole('dialog', { name: '搜索课程' }).waitFor();
      await p.keyboard.type('选民');
      await p.getByRole('list', { name: '搜索结果' }).getByRole('link').first().waitFor();
    },
  ],
  [
    'trainer/',
    async (p) => {
      await p.getByRole('button', { name: '选举工作人员' }).click();
      await p.getByLabel('任务名称（必填）').fill('检查');
      await p.getByLabel('发布单位（必填）').fill('某镇');
      await p.getByRole('button', { name: '生成任务链接和二维码' }).click();
      await p.locator('img.qr').waitFor();
    },
  ],
  ['trainer/guide/', async () => {}],
  ['print/', async () => {}],
  ['print/leadership/', async () => {}],
  [
    'trainer/paper/?v=1&m=leadership&n=3,2,2,1&aud=all&mix=any&seed=42&title=x&unit=&min=30&var=A',
    (p) => p.locator('.answer-key').waitFor(),
  ],
  ['trainer/results/', async () => {}],
  [
    `trainer/results/?t=${task}`,
    async (p) => {
      await p.getByLabel(/粘贴回执码/).fill(`检查学员 12:01\n${receipt}`);
      await p.getByRole('button', { name: '添加到汇总' }).click();
      await p.getByRole('row', { name: /检查学员/ }).waitFor();
      await p.getByText('看完整题目和正确答案').click();
    },
  ],
  [
    'tools/election-result/',
    async (p) => {
      await p.getByLabel('登记参加选举的村民人数').fill('1200');
      await p.getByLabel(/^投票人数/).fill('900');
    },
  ],
  [`task/?t=${task}`, (p) => p.getByRole('heading', { name: '检查任务' }).waitFor()],
  ['no-such-page/', async () => {}],
];

describe('Content-Security-Policy', () => {
  it.each(PAGES)('/%s runs under the policy without a violation', { timeout: 120_000 }, async (path, act) => {
    const { page, context, errors } = await openPage(browser);
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    await page.goto(`${site}${path}`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Islands that wait until they are seen (a lesson's inline check) hydrate once scrolled to.
    for (const island of await page.locator('astro-island[client="visible"]').all())
      await island.scrollIntoViewIfNeeded();
    await hydrated(page);
    await act(page);
    // Any late script (a lazy chunk, the QR library) has had its chance to run.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.violations)).toEqual([]);
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e) || !path.startsWith('no-such'))).toEqual([]);
    await context.close();
  });
});
