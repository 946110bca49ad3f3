import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewritePages } from '../../tooling/page-rewrites.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = `script-src 'self' ${sha('a()')} ${sha('b()')}`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${POLICY}"></head><body>${body}</body></html>`;

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('the pages after the build, in one pass', () => {
  it('get their island preloads and a policy narrowed to their own inline scripts; other pages only the policy', () => {
    dist = mkdtempSync(join(tmpdir(), 'page-rewrites-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'task'));
    writeFileSync(join(dist, '_astro/TaskApp.a1.js'), 'import"./islands.b2.js";');
    writeFileSync(join(dist, '_astro/islands.b2.js'), 'export const x=1;');
    writeFileSync(
      join(dist, 'task/index.html'),
      page(
        '<script>a()</script><astro-island uid="1" component-url="/_astro/TaskApp.a1.js" client="load"></astro-island>',
      ),
    );
    writeFileSync(join(dist, 'index.html'), page('<script>b()</script>'));

    rewritePages(dist);

    const task = readFileSync(join(dist, 'task/index.html'), 'utf8');
    expect([...task.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual([
      '/_astro/TaskApp.a1.js',
      '/_astro/islands.b2.js',
    ]);
    expect(task).toContain(`content="script-src 'self' ${sha('a()')}"`);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).not.toContain('modulepreload');
    expect(home).toContain(`content="script-src 'self' ${sha('b()')}"`);
  });
});
