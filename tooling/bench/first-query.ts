/**
 * A reader's first search, measured in Chromium: open a lesson, press Ctrl+K, enter a Chinese
 * query (as an input method commits it, in one go), wait for the results. Counts every response
 * requested between pressing the key and the results appearing, with the bytes the server sent
 * and what they weigh gzipped (Pagefind's index files are gzipped already, so they count as sent).
 */
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { launch } from '../chromium.ts';
import { serveStatic } from '../serve.ts';

export interface Fetched {
  url: string;
  /** Body bytes as served (this test server does not compress). */
  bytes: number;
  /** Body bytes gzipped (level 9), or as served when that is smaller (already-compressed files). */
  gzip: number;
}
export interface FirstQuery {
  page: string;
  query: string;
  /** Ctrl+K → the search box is ready. */
  openMs: number;
  /** Query entered → results shown (includes the search box's 250 ms debounce). */
  resultsMs: number;
  /** Ctrl+K → results shown. */
  totalMs: number;
  results: number;
  bytes: number;
  gzip: number;
  fetched: Fetched[];
}

export async function firstQuery(dist: string, page: string, query: string): Promise<FirstQuery> {
  const server = await serveStatic(dist);
  const browser = await launch();
  try {
    // What the search itself fetches: the offline worker's background download would mix in
    // (its size is the bench's offline table).
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(server.url + page, { waitUntil: 'networkidle' });

    const requests: Request[] = [];
    let recording = true;
    tab.on('request', (r) => recording && requests.push(r));
    const t0 = performance.now();
    await tab.keyboard.press('Control+k');
    const dialog = tab.getByRole('dialog', { name: '搜索课程' });
    const input = dialog.getByRole('searchbox');
    await input.waitFor();
    await tab.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    const t1 = performance.now();
    await tab.keyboard.insertText(query);
    const list = dialog.getByRole('list', { name: '搜索结果' });
    await list.getByRole('link').first().waitFor({ timeout: 30_000 });
    const t2 = performance.now();
    recording = false;
    const results = await list.getByRole('link').count();

    const fetched = await Promise.all(
      requests.map(async (r): Promise<Fetched> => {
        const response = await r.response();
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        return {
          url: r.url().slice(server.origin.length),
          bytes: body.length,
          gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length),
        };
      }),
    );
    await context.close();
    return {
      page,
      query,
      openMs: t1 - t0,
      resultsMs: t2 - t1,
      totalMs: t2 - t0,
      results,
      bytes: fetched.reduce((n, f) => n + f.bytes, 0),
      gzip: fetched.reduce((n, f) => n + f.gzip, 0),
      fetched,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
