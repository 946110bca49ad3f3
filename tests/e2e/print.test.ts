import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openPage } from '../support/browser';
import { printToPdf, squash, type PdfPage } from '../support/pdf';
import { contentText, readCurriculum, readQuestions, type SourceQuestion } from '../support/content-source';

const site = inject('siteUrl');
const curriculum = readCurriculum();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** Text of the site's chrome that must never reach paper (a guard below checks the lessons never use it). */
const NAVIGATION = [
  '跳到正文',
  '字号',
  '特大',
  '课程目录',
  '上一课',
  '我的学习记录',
  'CtrlK',
  '搜索',
  '打印全册',
  '出卷设置',
];

async function printed(path: string): Promise<PdfPage[]> {
  const { page, context, errors } = await openPage(browser);
  await page.goto(site + path);
  const pages = await printToPdf(page);
  expect(errors).toEqual([]);
  await context.close();
  return pages;
}

/** Index of the first page whose body starts with `line`, or -1. */
const pageStartingWith = (pages: PdfPage[], line: string) => pages.findIndex((p) => p.lines[0] === squash(line));

function expectPageFurniture(pages: PdfPage[], runningTitle: string) {
  pages.forEach((p, i) => {
    expect(squash(p.footer), `footer of page ${i + 1}`).toBe(`第${i + 1}页/共${pages.length}页`);
    expect(squash(p.header), `header of page ${i + 1}`).toContain(squash(runningTitle));
  });
}

function expectNoNavigation(pages: PdfPage[]) {
  const all = squash(pages.map((p) => p.text).join(''));
  for (const text of NAVIGATION) expect(all, text).not.toContain(text);
}

describe('the printed handbook', () => {
  it('uses navigation words the content never uses, so finding one on paper means navigation leaked', () => {
    const content = squash(contentText());
    for (const text of NAVIGATION) expect(content, text).not.toContain(text);
  });

  it('prints the whole curriculum: every lesson in order, each module on a new page, checklists and glossary', async () => {
    const pages = await printed('print/');
    const lessons = curriculum.flatMap((m) => m.lessons);
    // A few pages per module at least, and not a page per paragraph.
    expect(pages.length).toBeGreaterThan(curriculum.length * 3);
    expect(pages.length).toBeLessThan(lessons.length * 12);
    expectPageFurniture(pages, '');
    expectNoNavigation(pages);

    const text = squash(pages.map((p) => p.text).join('\n'));
    // From the first module's summary on: the contents list before it names every lesson too.
    let from = text.indexOf(squash(curriculum[0]!.summary));
    expect(from).toBeGreaterThan(0);
    for (const lesson of lessons) {
      const at = text.indexOf(squash(`第${lesson.order}课${lesson.title}`), from);
      expect(at, `${lesson.id} after the previous lesson`).toBeGreaterThan(from);
      from = at;
    }

    let previous = 0;
    for (const m of curriculum) {
      const start = pageStartingWith(pages, `第${m.order}模块\u3000${m.title}`);
      expect(start, `${m.id} starts a page`).toBeGreaterThan(previous);
      expect(squash(pages[start]!.header)).toContain(squash(`第${m.order}模块\u3000${m.title}`));
      previous = start;
      if (m.checklist) {
        const list = pageStartingWith(pages, m.checklist.title);
        expect(list, `${m.id} checklist starts a page`).toBeGreaterThan(start);
        const signOff = squash(
          pages
            .slice(list, list + 2)
            .map((p) => p.text)
            .join(''),
        );
        for (const line of ['村（社区）：', '填表人：', '日期：', '签字：']) expect(signOff).toContain(line);
      }
    }
    expect(pageStartingWith(pages, '术语表')).toBeGreaterThan(previous);
    // Printing some 150 A4 pages takes Chromium most of a minute on a busy 2-core machine.
  }, 180_000);

  it('prints one module on its own, with its running title', async () => {
    const m = curriculum.find((x) => x.id === 'village-election')!;
    const pages = await printed(`print/${m.id}/`);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.length).toBeLessThan(40);
    expectPageFurniture(pages, `应知应会手册 · 第${m.order}模块\u3000${m.title}`);
    expectNoNavigation(pages);
    const text = squash(pages.map((p) => p.text).join(''));
    let from = pageStartingWith(pages, `第${m.order}模块\u3000${m.title}`);
    expect(from).toBeGreaterThan(0);
    from = text.indexOf(squash(m.summary));
    for (const lesson of m.lessons) {
      const at = text.indexOf(squash(`第${lesson.order}课${lesson.title}`), from);
      expect(at, lesson.id).toBeGreaterThan(from);
      from = at;
    }
    // Other modules' lessons are not in it.
    expect(text).not.toContain(squash(curriculum[0]!.lessons[0]!.title));
  });

  it('carries no island and no quiz code', async () => {
    const { page, context } = await openPage(browser);
    for (const path of ['print/', 'print/discipline/']) {
      await page.goto(site + path);
      expect(await page.locator('astro-island').count()).toBe(0);
      // The service worker's registration (every page, after load) is the only script a handbook page may fetch.
      expect(await page.locator('script[src]:not([src*="sw-register"]), script[type="module"]').count()).toBe(0);
    }
    await context.close();
  });
});

describe('a lesson and a checklist printed on their own', () => {
  it('a lesson prints with its title, a running title and page numbers, and without navigation', async () => {
    const m = curriculum.find((x) => x.id === 'village-election')!;
    const lesson = m.lessons[1]!;
    const pages = await printed(`modules/${lesson.id}/`);
    expect(pages[0]!.lines[0]).toBe(squash(lesson.title));
    expectPageFurniture(pages, `${m.title} · ${lesson.title}`);
    expectNoNavigation(pages);
  });

  it('a checklist fits one sheet with lines for village, filler, date and signature', async () => {
    const m = curriculum.find((x) => x.id === 'leadership')!;
    const pages = await printed(`modules/${m.id}/checklist/`);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.lines[0]).toBe(squash(m.checklist!.title));
    const text = squash(pages[0]!.text);
    expect(text).toContain(squash(m.checklist!.lastItem));
    for (const line of ['村（社区）：', '填表人：', '日期：', '签字：']) expect(text).toContain(line);
    expectNoNavigation(pages);
  });
});

describe('the 打印 button', () => {
  const lesson = 'modules/village-election/voter-registration/';

  it('prints the page on a computer', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.goto(site + lesson);
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.getByText('微信里不能直接打印').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone in WeChat shows the hint to open the page in the browser only when 打印 is pressed', async () => {
    for (const userAgent of [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN',
      'Mozilla/5.0 (Linux; Android 13; V2203A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    ]) {
      const { page, context } = await openPage(browser, {
        userAgent,
        viewport: { width: 390, height: 800 },
        isMobile: true,
      });
      await context.addInitScript(() => {
        const w = window as unknown as { printed: number };
        w.printed = 0;
        window.print = () => void w.printed++;
      });
      await page.goto(site + lesson);
      const hint = page.getByText('微信里不能直接打印');
      // Not on every lesson, not even in its HTML: only once someone asks to print.
      expect(await hint.count()).toBe(0);
      expect(await page.content()).not.toContain('微信里不能直接打印');
      await page.getByRole('button', { name: '打印' }).click();
      await hint.waitFor();
      expect(await page.getByRole('status').filter({ hasText: '微信里不能直接打印' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
      await context.close();
    }
  });
});

// ---- Exam papers ----

const PAPER_MODULES = ['village-election', 'discipline'];
const paperQuery = (seed: number, extra = '') =>
  `trainer/paper/?v=1&m=${PAPER_MODULES.join(',')}&n=6,3,4,1&aud=all&mix=any&seed=${seed}` +
  `&title=${encodeURIComponent('换届知识测试')}&unit=${encodeURIComponent('中共某县委组织部')}&min=45&var=A${extra}`;

interface PaperQuestion {
  number: number;
  stem: string;
  options: string[];
}

async function openPaper(path: string) {
  const tracked = await openPage(browser);
  await tracked.page.goto(site + path);
  await tracked.page.locator('.answer-key').waitFor();
  return tracked;
}

/** The questions as the paper shows them: number, stem and options in display order. */
async function paperQuestions(page: Page): Promise<PaperQuestion[]> {
  return page.locator('.exam-paper .paper-item').evaluateAll((items) =>
    items.map((li) => ({
      number: Number(li.getAttribute('value')),
      stem: li.querySelector('.paper-stem')!.textContent!,
      options: [...li.querySelectorAll('.paper-options li')].map((o) => o.textContent!.replace(/^[A-Z]\.\s*/, '')),
    })),
  );
}

const bank = readQuestions(PAPER_MODULES);
const lessonTitles = new Map(curriculum.flatMap((m) => m.lessons.map((l) => [l.id, l.title])));

/** Which YAML question a printed one is: the longest stem it contains (stems may carry 多选 notes). */
function sourceOf(q: PaperQuestion): SourceQuestion {
  const matches = bank.filter((s) => squash(q.stem).includes(squash(s.stem)));
  expect(matches.length, q.stem).toBeGreaterThan(0);
  return matches.sort((a, b) => b.stem.length - a.stem.length)[0]!;
}

/** The key the YAML implies for the options as this paper orders them. */
function expectedAnswer(q: PaperQuestion, s: SourceQuestion): string {
  const shown = (n: number) => String.fromCharCode(65 + q.options.indexOf(s.options![n - 1]!));
  if (typeof s.answer === 'boolean') return s.answer ? '正确（√）' : '错误（×）';
  if (typeof s.answer === 'number') return shown(s.answer);
  if (s.type === 'multiple') return s.answer.map(shown).sort().join('');
  return s.answer.map(shown).join('→');
}

describe('an exam paper and its answer sheet', () => {
  it('prints a header, numbered sections and a separate key whose answers match the question bank', async () => {
    const { page, context, errors } = await openPaper(paperQuery(2468));
    const questions = await paperQuestions(page);
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    // By default only the paper prints, with its marks; the key is a choice of its own.
    const paperOnly = await printToPdf(page);
    expect(pageStartingWith(paperOnly, '换届知识测试 · 答案与解析')).toBe(-1);
    const paperAlone = squash(paperOnly.map((p) => p.text).join(''));
    expect(paperAlone).toContain('满分100分');
    const sectionTotals = [...paperAlone.matchAll(/共(\d+)分。/g)].map((m) => Number(m[1]));
    expect(sectionTotals).toHaveLength(4);
    expect(sectionTotals.reduce((a, b) => a + b, 0)).toBe(100);
    await page.getByLabel('打印内容').selectOption('both');
    const pages = await printToPdf(page);
    expectPageFurniture(pages, '试卷编号 2468-A');
    expectNoNavigation(pages);

    const first = squash(pages[0]!.text);
    for (const text of [
      '换届知识测试',
      '中共某县委组织部',
      '考试时间：45分钟',
      '试卷编号：2468-A',
      '姓名：',
      '单位：',
      '得分：',
    ])
      expect(first).toContain(text);
    const all = squash(pages.map((p) => p.text).join(''));
    const sections = ['一、单选题', '二、多选题', '三、判断题', '四、排序题'].map((h) => all.indexOf(h));
    expect(sections.every((at, i) => at > (sections[i - 1] ?? 0))).toBe(true);

    const keyPage = pageStartingWith(pages, '换届知识测试 · 答案与解析');
    expect(keyPage, 'the key starts on its own page').toBeGreaterThan(0);
    const paperText = squash(
      pages
        .slice(0, keyPage)
        .map((p) => p.text)
        .join(''),
    );
    const keyText = squash(
      pages
        .slice(keyPage)
        .map((p) => p.text)
        .join(''),
    );
    expect(paperText).not.toContain('答案：');
    for (const q of questions) {
      const s = sourceOf(q);
      expect(paperText).toContain(squash(s.stem));
      expect(keyText, `question ${q.number} (${s.id})`).toContain(squash(`${q.number}. 答案：${expectedAnswer(q, s)}`));
      expect(keyText).toContain(`题号${s.id}`);
      expect(keyText).toContain(squash(lessonTitles.get(s.source.split('#')[0]!)!));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the same paper for the same seed, another for another seed, and B the same questions reordered', async () => {
    const text = async (path: string) => {
      const { page, context } = await openPaper(path);
      const pages = await printToPdf(page);
      const questions = await paperQuestions(page);
      await context.close();
      return { text: pages.map((p) => p.text).join('\n'), stems: questions.map((q) => sourceOf(q).id) };
    };
    const a = await text(paperQuery(2468));
    const again = await text(paperQuery(2468));
    const other = await text(paperQuery(97531));
    const b = await text(paperQuery(2468).replace('var=A', 'var=B'));
    expect(again.text).toBe(a.text);
    expect(other.text).not.toBe(a.text);
    expect(new Set(other.stems)).not.toEqual(new Set(a.stems));
    expect([...b.stems].sort()).toEqual([...a.stems].sort());
    expect(b.stems).not.toEqual(a.stems);
  });

  it('keeps working when WeChat appends its own parameters to a shared link', async () => {
    const { page, context } = await openPaper(paperQuery(2468, '&from=singlemessage&isappinstalled=0'));
    expect(await page.locator('.exam-paper .paper-item').count()).toBe(14);
    await context.close();
  });

  it('explains a bad link in Chinese and shows no paper, never a blank page', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${site}trainer/paper/?v=1&m=nope&n=abc&seed=0&title=x`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('这个试卷链接有问题');
    expect(await alert.textContent()).toContain('本站没有的模块：nope');
    expect(await page.locator('.exam-paper').count()).toBe(0);
    expect(await page.getByRole('button', { name: '生成试卷' }).isVisible()).toBe(true);
    await page.goto(`${site}trainer/paper/?v=7`);
    expect(await page.getByRole('alert').textContent()).toContain('更新版本');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a title from the link as text, never as markup', async () => {
    const title = '<img src=x onerror="window.hacked=1">';
    const { page, context } = await openPaper(
      paperQuery(11).replace(/title=[^&]+/, `title=${encodeURIComponent(title)}`),
    );
    expect(await page.locator('#paper-title').textContent()).toBe(title);
    expect(await page.locator('.paper-builder img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await context.close();
  });

  it('builds a new paper from the form and puts its settings in the address', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${site}trainer/paper/`);
    await page.locator('.answer-key').waitFor();
    await page.getByText('出卷设置').click();
    await page.getByRole('button', { name: '全不选' }).click();
    await page.getByLabel(/第5模块/).check();
    for (const [label, value] of [
      ['单选题', '3'],
      ['多选题', '0'],
      ['判断题', '2'],
      ['排序题', '0'],
      ['试卷编号（同一编号出同一份卷）', '777'],
    ] as const)
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: '生成试卷' }).click();
    await page.waitForURL(/seed=777/);
    const url = new URL(page.url());
    expect(url.searchParams.get('n')).toBe('3,0,2,0');
    expect(url.searchParams.get('m')).toBe(curriculum.find((m) => m.order === 5)!.id);
    expect(await page.locator('.exam-paper .paper-item').count()).toBe(5);
    // Reopening the address gives the very same paper.
    const before = await page.locator('.exam-paper').textContent();
    await page.goto(url.href);
    await page.locator('.answer-key').waitFor();
    expect(await page.locator('.exam-paper').textContent()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the print pages', () => {
  it.each([
    ['the module handbook', 'print/leadership/'],
    ['a checklist', 'modules/leadership/checklist/'],
    ['the paper builder with a paper', paperQuery(2468)],
  ])(
    '%s has no axe violations, in light and dark scheme',
    async (_, path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await openPage(browser, { colorScheme });
        await page.goto(site + path);
        if (path.startsWith('trainer')) await page.locator('.answer-key').waitFor();
        expect(await axeViolations(page), colorScheme).toEqual([]);
        await context.close();
      }
      // axe takes half a minute on a long page on a busy 2-core machine.
    },
    180_000,
  );

  it.each([
    ['the handbook', 'print/village-election/'],
    ['the paper builder', paperQuery(2468)],
    ['a checklist', 'modules/leadership/checklist/'],
  ])('%s needs no sideways scrolling on a 390 px phone with text at 200%%', async (_, path) => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(site + path);
    if (path.startsWith('trainer')) {
      await page.locator('.answer-key').waitFor();
      await page.getByText('出卷设置').click();
    }
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
