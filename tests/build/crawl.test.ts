import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIST, SUB_BASE, SUB_DIST } from '../../tooling/dirs';
import { serveStatic, type StaticServer } from '../../tooling/serve';
import { crawl, type CrawlReport } from '../support/crawl';

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && f !== '404.html')
    .map((f) => relative(dir, join(dir, f)).replace(/index\.html$/, ''));
}

describe.each([
  { name: 'at the domain root', dist: ROOT_DIST, base: '/' },
  { name: 'under a sub-path', dist: SUB_DIST, base: SUB_BASE },
])('the site served $name', ({ dist, base }) => {
  let server: StaticServer;
  let report: CrawlReport;
  beforeAll(async () => {
    server = await serveStatic(dist, base);
    report = await crawl(server.url);
  });
  afterAll(() => server.close());

  it('has no broken link, asset, script chunk or anchor', () => {
    expect(report.broken).toEqual([]);
  });

  it('reaches every built page from the home page', () => {
    const reached = new Set([...report.pages.keys()].map((u) => new URL(u).pathname.slice(base.length)));
    expect(htmlPages(dist).filter((p) => !reached.has(p))).toEqual([]);
  });

  it('keeps every internal link under the base path', () => {
    const outside = [...report.fetched.keys()].filter((u) => !new URL(u).pathname.startsWith(base));
    expect(outside).toEqual([]);
  });
});
