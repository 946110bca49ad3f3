import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, hydrated, launch, openPage } from '../support/browser';
import { sichuanSite } from '../support/sichuan-site';
import { ROOT } from '../../tooling/dirs';
import { serveStatic, type StaticServer } from '../../tooling/serve';

const site = inject('siteUrl');
const PAGE = 'tools/election-result/';
const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/election-calc/village-case.json'), 'utf8'));
const sichuan = parse(readFileSync(join(ROOT, 'examples/local.sichuan.yaml'), 'utf8'));

let browser: Browser;
let sichuanServer: StaticServer;

beforeAll(async () => {
  browser = await launch();
  // The same content with the shipped 四川 example enabled, as the README tells a county to do.
  const { result, outDir } = sichuanSite();
  if (!result.ok) throw new Error(`四川 build failed:\n${result.output}`);
  sichuanServer = await serveStatic(outDir);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await sichuanServer?.close();
});

/** Types the fixture's case into the form the way a worker would, row by row. */
async function enterCase(page: Page, { voters = true } = {}) {
  await page.getByLabel('登记参加选举的村民人数').fill(fixture.registered);
  if (voters) await page.getByLabel(/^投票人数/).fill(fixture.voters);
  const boxes = fixture.boxes as { name: string; issued: string; returned: string }[];
  for (let i = 0; i < boxes.length; i++) {
    if (i > 0) await page.getByRole('button', { name: '＋ 添加投票站或流动票箱' }).click();
    await page.locator(`#f-boxes-${i}-name`).fill(boxes[i]!.name);
    await page.locator(`#f-boxes-${i}-issued`).fill(boxes[i]!.issued);
    await page.locator(`#f-boxes-${i}-returned`).fill(boxes[i]!.returned);
  }
  await page.getByLabel('无效选票（整张作废的）').fill(fixture.invalid);
  const seats = page.getByRole('group', { name: '应选人数' });
  for (const [label, post] of [
    ['主任', 'director'],
    ['副主任', 'deputy'],
    ['委员', 'member'],
    ['妇女委员', 'woman'],
  ] as const)
    await seats.getByLabel(label, { exact: true }).fill(fixture.seats[post]);
  const people = fixture.candidates as {
    name: string;
    sex: string;
    nominatedFor: string;
    votes: Record<string, string>;
  }[];
  for (let i = 0; i < people.length; i++) {
    if (i >= 2) await page.getByRole('button', { name: '＋ 添加一人' }).click();
    const row = page.getByRole('group', { name: new RegExp(`^第 ${i + 1} 人`) });
    await row.getByLabel('姓名').fill(people[i]!.name);
    await row.getByLabel('性别').selectOption(people[i]!.sex);
    await row.getByLabel('提名职位').selectOption(people[i]!.nominatedFor);
    for (const [post, votes] of Object.entries(people[i]!.votes)) {
      const label = { director: '主任得票', deputy: '副主任得票', member: '委员得票', woman: '妇女委员得票' }[post]!;
      await row.getByLabel(label, { exact: true }).fill(votes);
    }
  }
}

async function open(base: string, options = {}) {
  const tracked = await openPage(browser, options);
  await tracked.page.goto(base + PAGE);
  await hydrated(tracked.page);
  return tracked;
}

describe('选举结果核算 without a province set', () => {
  it('shows who is elected, the 另行选举 seat, and both outcomes where provinces differ; nothing is sent anywhere', async () => {
    const { page, context, errors } = await open(site);
    await enterCase(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.getByRole('button', { name: '核算结果' }).click();

    const headings = page.getByRole('heading', { level: 2, name: /^做法/ });
    await expect.poll(() => headings.count()).toBe(2);
    expect(await headings.allTextContents()).toContainEqual(
      expect.stringMatching(new RegExp(`^做法.：${fixture.expected.provincesCarryingDown.join('、')}$`)),
    );
    for (const scenario of await page.locator('.calc-scenario').all()) {
      const summary = await scenario.locator('.calc-verdict').first().innerText();
      for (const [post, names] of Object.entries(fixture.expected.elected as Record<string, string[]>))
        expect(summary).toContain(
          `${post}（应选 ${fixture.seats[{ 主任: 'director', 副主任: 'deputy', 委员: 'member' }[post]!]}）：${names.join('、')} 当选`,
        );
      expect(summary).toContain(`${fixture.expected.reElectionSeats['委员']} 个名额另行选举`);
      expect(await scenario.innerText()).toContain(`当选至少要 ${fixture.expected.threshold} 票`);
    }
    const [plain, carry] = Object.values(fixture.expected.reElectionCandidates) as [string[], string[]];
    const reText = (n: number) =>
      page.locator('.calc-scenario').nth(n).locator('.calc-step', { hasText: '另行选举：委员' }).innerText();
    const texts = [await reText(0), await reText(1)];
    expect(texts.some((t) => plain.every((name) => t.includes(name)) && !t.includes('孙丽'))).toBe(true);
    expect(texts.some((t) => carry.every((name) => t.includes(name)))).toBe(true);
    await expect.poll(() => page.getByText('以选举委员会的计票为准').count()).toBe(1);
    expect(requests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an over-full 流动票箱 with the totals in order: 海南 voids that box, the other provinces count; never "这次选举无效"', async () => {
    const { page, context, errors } = await open(site);
    await enterCase(page);
    // The same 428 ballots, but the mobile box holds 31 for the 30 it was given.
    await page.locator('#f-boxes-0-returned').fill('397');
    await page.locator('#f-boxes-1-returned').fill('31');
    await page.getByRole('button', { name: '核算结果' }).click();
    const hainan = page.locator('.calc-scenario', {
      has: page.getByRole('heading', { level: 2, name: /^做法.：海南$/ }),
    });
    await expect.poll(() => hainan.count()).toBe(1);
    expect(await hainan.locator('.calc-verdict').innerText()).toContain(
      `${fixture.boxes[1].name}收回 31 张、多于发出的 ${fixture.boxes[1].issued} 张：这一箱的选票无效，选举本身不因此无效`,
    );
    const others = page.locator('.calc-scenario', { hasNot: page.getByRole('heading', { name: /：海南$/ }) });
    for (const scenario of await others.all())
      expect(await scenario.locator('.calc-verdict').first().innerText()).toContain(
        `主任（应选 ${fixture.seats.director}）：${fixture.expected.elected['主任'].join('、')} 当选`,
      );
    expect(await page.locator('.calc-results').innerText()).not.toContain('这次选举无效');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("另行选举 with Chinese names: the box labelled 李四 takes 李四's votes, and a tie at one third goes to 再投一次", async () => {
    const { page, context, errors } = await open(site);
    await page.getByLabel('登记参加选举的村民人数').fill('1000');
    await page.getByLabel(/^投票人数/).fill('600');
    await page.locator('#f-boxes-0-issued').fill('600');
    await page.locator('#f-boxes-0-returned').fill('600');
    const seats = page.getByRole('group', { name: '应选人数' });
    await seats.getByLabel('副主任', { exact: true }).fill('0');
    await seats.getByLabel('委员', { exact: true }).fill('1');
    const people: [string, string, string, Record<string, string>][] = [
      ['王芳', 'female', 'director', { 主任得票: '400', 委员得票: '0' }],
      ['张三', 'male', 'member', { 主任得票: '0', 委员得票: '250' }],
      ['李四', 'male', 'member', { 主任得票: '0', 委员得票: '240' }],
    ];
    for (let i = 0; i < people.length; i++) {
      if (i >= 2) await page.getByRole('button', { name: '＋ 添加一人' }).click();
      const [name, sex, post, votes] = people[i]!;
      const row = page.getByRole('group', { name: new RegExp(`^第 ${i + 1} 人`) });
      await row.getByLabel('姓名').fill(name);
      await row.getByLabel('性别').selectOption(sex);
      await row.getByLabel('提名职位').selectOption(post);
      for (const [label, n] of Object.entries(votes)) await row.getByLabel(label, { exact: true }).fill(n);
    }
    await page.getByRole('button', { name: '核算结果' }).click();
    const re = page.getByRole('region', { name: '另行选举' });
    await re.waitFor();
    await re.getByLabel('另行选举已投选票总数（含无效票）').fill('600');
    await re.getByLabel('李四 的得票').fill('250');
    expect(await re.getByLabel('张三 的得票').inputValue()).toBe('');
    await re.getByLabel('张三 的得票').fill('100');
    expect(await re.getByLabel('李四 的得票').inputValue()).toBe('250');
    await expect.poll(() => re.locator('.calc-verdict').innerText()).toContain('李四 250 票 当选');
    await re.getByLabel('张三 的得票').fill('250');
    await expect
      .poll(() => re.locator('.calc-verdict').innerText())
      .toContain('张三、李四 各 250 票，都达到三分之一（200 票），票数相等：就这几人再投一次');
    await re.getByLabel('张三 的得票').fill('700');
    await expect
      .poll(() => re.getByRole('alert').innerText())
      .toContain('张三的委员得票（700）多于另行选举已投选票（600）');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the half-filled form after a reload, under its own key and not the progress key', async () => {
    const { page, context } = await open(site);
    await enterCase(page);
    await page.reload();
    await hydrated(page);
    const last = fixture.candidates.at(-1);
    // The saved rows appear after hydration; on a loaded machine that can take a few seconds.
    const lastName = page.locator(`#f-candidates-${fixture.candidates.length - 1}-name`);
    await lastName.waitFor({ timeout: 15_000 });
    expect(await lastName.inputValue()).toBe(last.name);
    expect(await page.locator('#f-boxes-1-returned').inputValue()).toBe(fixture.boxes[1].returned);
    expect(await page.getByLabel('登记参加选举的村民人数').inputValue()).toBe(fixture.registered);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('hj-election-calc');
    expect(keys).not.toContain('hj-progress');
    await context.close();
  });

  it('names a wrong entry and links to its field instead of computing', async () => {
    const { page, context } = await open(site);
    await enterCase(page);
    await page.getByLabel('无效选票（整张作废的）').fill('九');
    await page.getByRole('button', { name: '核算结果' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('无效选票数应填写 0 到 9999999 之间的整数（最多 7 位数，现为“九”）');
    expect(await page.locator('.calc-scenario').count()).toBe(0);
    await alert.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-invalid');
    await context.close();
  });

  it('fits a 390 px phone at 200% text size without sideways scrolling, result included', async () => {
    const { page, context } = await open(site, { viewport: { width: 390, height: 800 } });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await enterCase(page);
    await page.getByRole('button', { name: '核算结果' }).click();
    await page.locator('.calc-scenario').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const numeric = await page.locator('.calc input[inputmode="numeric"]').count();
    expect(numeric).toBeGreaterThan(20);
    await context.close();
  });

  it('loads the calculator island on its own page only', async () => {
    const lesson = await (await fetch(`${site}modules/election-day/`)).text();
    expect(lesson).not.toContain('ElectionCalculator');
    expect(lesson).toContain(`href="/${PAGE}"`);
    const tool = await (await fetch(site + PAGE)).text();
    expect(tool).toContain('ElectionCalculator');
  });
});

describe('the 四川-configured build', () => {
  it('shows the 本省规定 box in a lesson, with the regulation and article from local.yaml', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${sichuanServer.url}modules/election-day/checking-ballots/`);
    const box = page.locator('.local-rule-set[data-point="returned-ballots"]');
    const text = await box.innerText();
    expect(text).toContain(`本省规定（${sichuan.province}）`);
    expect(text).toContain(`《${sichuan.regulation.title}》`);
    expect(text).toContain(sichuan.points['returned-ballots'].article);
    await box.getByText('各地做法').click();
    expect(await box.locator('table').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('applies 四川 rules in the calculator: one outcome, no 投票人数 needed, rules cited as 本省规定', async () => {
    const { page, context } = await open(sichuanServer.url);
    await enterCase(page, { voters: false });
    await page.getByRole('button', { name: '核算结果' }).click();
    await page.getByRole('heading', { level: 2, name: '核算结果' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^做法/ }).count()).toBe(0);
    const result = await page.locator('.calc-scenario').innerText();
    expect(result).toContain(
      `依据（本省规定）：《${sichuan.regulation.title}》${sichuan.points['returned-ballots'].article}`,
    );
    const [plain] = Object.values(fixture.expected.reElectionCandidates) as [string[]];
    const step = await page.locator('.calc-step', { hasText: '另行选举：委员' }).innerText();
    for (const name of plain) expect(step).toContain(name);
    expect(step).not.toContain('孙丽');
    const re = await page.getByRole('region', { name: '另行选举' }).innerText();
    expect(re).toContain(`${sichuan.points['re-election-timing'].withinDays} 日内`);
    await context.close();
  });
});
