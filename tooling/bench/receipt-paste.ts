/**
 * A trainer pasting a whole round's receipts at once: 1,000 codes (one task, five modules, a few
 * wrong answers each) made with the real codec, pasted on /trainer/results/ in Chromium. Times
 * the click on 添加到汇总 to the frame in which the table shows every row: decoding, merging,
 * storing and rendering. Also in Node: decoding and building the table alone.
 */
import { launch } from '../chromium.ts';
import { serveStatic } from '../serve.ts';
import { encodeTask, taskIdOf } from '../../src/lib/task/link.ts';
import { encodeReceipt, findReceipts } from '../../src/lib/task/receipt.ts';
import { buildResults } from '../../src/lib/task/results.ts';
import { seededRandom } from '../../src/lib/quiz/random.ts';

export interface PasteTiming {
  receipts: number;
  /** Characters pasted. */
  chars: number;
  /** findReceipts + buildResults in Node, one cold run. */
  nodeMs: number;
  /** Click → every row drawn, desktop Chromium, each run in a fresh browser: wall time. */
  desktopMs: number[];
  /**
   * The page's main-thread CPU time over the same span (Chromium's ThreadTime metric): what a
   * quiet desktop would take, since other processes on a loaded machine stretch only the wall time.
   */
  desktopCpuMs: number[];
  /** Wall time with the CPU slowed four times (the guide's slow-phone profile). */
  slowCpuMs: number[];
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** `count` receipts of one task as chat-like text, one trainee per line with a name before the code. */
export function receiptText(count: number, codes: string[]): string {
  const random = seededRandom(1000);
  const payload = encodeTask({
    title: '基准测试任务',
    unit: '某县委组织部',
    deadline: '2026-12-31',
    passMark: 80,
    modules: codes,
    note: '',
  });
  const taskId = taskIdOf(payload);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const receipt = encodeReceipt({
      taskId,
      name: `学员${String(i).padStart(4, '0')}`,
      unit: `第${(i % 40) + 1}村`,
      completedAt: Date.UTC(2026, 11, 1 + (i % 30), i % 24),
      partial: random() < 0.1,
      modules: codes.map((code) => ({
        code,
        best: Math.floor(60 + random() * 41),
        wrong: [...new Set(Array.from({ length: 3 }, () => 1 + Math.floor(random() * 30)))].sort((a, b) => a - b),
      })),
    });
    lines.push(`学员${i} 10:${String(i % 60).padStart(2, '0')}`, receipt);
  }
  return lines.join('\n');
}

async function pasteOnce(url: string, text: string, count: number, cpuSlowdown: number): Promise<Timing> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    // What a paste does: the whole text arrives as one input event (not timed).
    await page.evaluate((value) => {
      const area = document.querySelector<HTMLTextAreaElement>('#receipts-input')!;
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    const cdp = await context.newCDPSession(page);
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
    const cpuBefore = await threadTime();
    const wallMs = await page.evaluate(
      (rows) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
          const check = () => {
            if (document.querySelectorAll('.results-table tbody tr').length >= rows) resolve(performance.now() - t0);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      count,
    );
    return { wallMs, cpuMs: ((await threadTime()) - cpuBefore) * 1000 };
  } finally {
    await browser.close();
  }
}

export async function measurePaste(dist: string, codes: string[], count = 1000, runs = 3): Promise<PasteTiming> {
  const text = receiptText(count, codes);
  // Once: decoded codes are cached, so a second run in this process would measure the cache.
  const t0 = performance.now();
  const { found } = findReceipts(text);
  const results = buildResults(
    found.map((f) => f.code),
    null,
    [],
  );
  const nodeMs = performance.now() - t0;
  if (results.rows.length !== count) throw new Error(`expected ${count} rows, built ${results.rows.length}`);
  const server = await serveStatic(dist);
  try {
    const url = `${server.url}trainer/results/`;
    const desktop: Timing[] = [];
    for (let i = 0; i < runs; i++) desktop.push(await pasteOnce(url, text, count, 1));
    const slow = await pasteOnce(url, text, count, 4);
    return {
      receipts: count,
      chars: text.length,
      nodeMs,
      desktopMs: desktop.map((t) => t.wallMs),
      desktopCpuMs: desktop.map((t) => t.cpuMs),
      slowCpuMs: [slow.wallMs],
    };
  } finally {
    await server.close();
  }
}
