/**
 * Every link in every built page leads to a file the build made: pages the crawler cannot reach
 * from the home page included, and for content where a module has no quiz page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../tooling/dist-files';
import { RETIRED_DIST, ROOT_DIST, SUB_BASE, SUB_DIST } from '../../tooling/dirs';

/** Internal hrefs and srcs of a page that point at no built file. */
function danglingLinks(dist: string, base: string): string[] {
  const missing: string[] = [];
  for (const file of builtPages(dist)) {
    const page = `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    for (const [, target] of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
      if (!target || /^[a-z]+:/i.test(target)) continue;
      const path = decodeURI(new URL(target, `http://site${page}`).pathname);
      if (!path.startsWith(base)) {
        missing.push(`${page} → ${target} (outside ${base})`);
        continue;
      }
      const local = join(dist, path.slice(base.length));
      if (!existsSync(path.endsWith('/') ? join(local, 'index.html') : local)) missing.push(`${page} → ${target}`);
    }
  }
  return [...new Set(missing)];
}

describe('links in the built site', () => {
  it.each([
    ['the site at the domain root', ROOT_DIST, '/'],
    ['the site under a sub-path', SUB_DIST, SUB_BASE],
    ['content with a module whose questions are all retired', RETIRED_DIST, '/'],
  ])('%s links only to files the build made', (_, dist, base) => {
    expect(danglingLinks(dist, base)).toEqual([]);
  });

  it('a module whose questions are all retired has no quiz page', () => {
    expect(existsSync(join(RETIRED_DIST, 'modules/retired/quiz/index.html'))).toBe(false);
    expect(existsSync(join(RETIRED_DIST, 'modules/live/quiz/index.html'))).toBe(true);
  });
});
