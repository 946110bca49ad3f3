/**
 * The offline plan: what the service worker stores before it takes over, and the order it fills in
 * the rest (the active task's modules first), built from a small made-up site.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, fillOrder, progress, type PlanFile } from '../../src/lib/offline/plan';
import { loadsOf, offlinePlan } from '../../tooling/offline/fill-plan';

const page = (...loads: string[]) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/training/_astro/base.css"><link rel="canonical" href="/training/"></head>` +
  `<body><a href="/training/modules/b/">next</a>${loads.join('')}<template data-sw-loader><script src="/training/sw-register.js"></script></template></body></html>`;
const island = (component: string) =>
  `<astro-island component-url="/training/_astro/${component}" renderer-url="/training/_astro/client.js"></astro-island>`;

/** A site under /training/: two modules with a lesson and a quiz each, the task page, the shell. */
const SITE: Record<string, string> = {
  'index.html': page(),
  '404.html': page(),
  'offline/index.html': page('<script type="module" src="/training/_astro/offline-status.js"></script>'),
  'task/index.html': page(island('TaskApp.js')),
  'modules/a/index.html': page(),
  'modules/a/one/index.html': page(),
  'modules/a/quiz/index.html': page(island('QuizApp.js')),
  'modules/a/questions.json': '[]',
  'modules/b/index.html': page(),
  'modules/b/one/index.html': page(),
  'modules/b/quiz/index.html': page(island('QuizApp.js')),
  'modules/b/questions.json': '[]',
  'search/index.html': page(),
  '_astro/base.css': 'body{background:url(./dot.svg)}',
  '_astro/dot.svg': '<svg/>',
  '_astro/client.js': 'import{h}from"./preact.js";',
  '_astro/preact.js': '',
  '_astro/QuizApp.js': 'import"./preact.js";const d=["_astro/test-mode.js"];',
  '_astro/test-mode.js': '',
  '_astro/TaskApp.js': 'import("./qr.js")',
  '_astro/qr.js': '',
  '_astro/offline-status.js': '',
  'sw-register.js': '',
  'manifest.webmanifest': '{"icons":[{"src":"icons/icon-192.png"}]}',
  'icons/icon-192.png': '',
  'pagefind/pagefind.js': '',
};

const files: PlanFile[] = Object.keys(SITE).map((url, i) => [url, url.startsWith('_astro/') ? null : `r${i}`, 100]);
const plan = offlinePlan({
  files,
  loads: (url) => loadsOf(url, SITE[url]!, '/training/'),
  moduleOrder: ['b', 'a'],
  chunkLimit: 0,
});
const urls = (indexes: number[]) => indexes.map((i) => files[i]![0]);

describe('what a file loads', () => {
  it('lists a page’s style sheets, scripts and islands, but not the pages it links to', () => {
    expect(loadsOf('modules/a/quiz/index.html', SITE['modules/a/quiz/index.html']!, '/training/').sort()).toEqual(
      ['_astro/QuizApp.js', '_astro/base.css', '_astro/client.js', 'sw-register.js'].sort(),
    );
  });

  it('follows a script’s imports, the preload lists Vite writes from the base, and a style sheet’s url()', () => {
    expect(loadsOf('_astro/client.js', SITE['_astro/client.js']!, '/')).toEqual(['_astro/preact.js']);
    expect(loadsOf('_astro/QuizApp.js', SITE['_astro/QuizApp.js']!, '/')).toContain('_astro/test-mode.js');
    expect(loadsOf('_astro/base.css', SITE['_astro/base.css']!, '/')).toEqual(['_astro/dot.svg']);
    expect(loadsOf('manifest.webmanifest', SITE['manifest.webmanifest']!, '/')).toContain('icons/icon-192.png');
  });

  it('ignores what lies outside the site', () => {
    const html = '<script src="https://example.com/x.js"></script><link rel="stylesheet" href="/elsewhere/a.css">';
    expect(loadsOf('index.html', html, '/training/')).toEqual([]);
  });
});

describe('the offline plan', () => {
  it('stores before taking over only the shell: the fallback and offline pages, what every page loads, the manifest and its icons', () => {
    expect(urls(plan.core).sort()).toEqual(
      [
        '404.html',
        'offline/index.html',
        '_astro/offline-status.js',
        '_astro/base.css',
        '_astro/dot.svg',
        'sw-register.js',
        'manifest.webmanifest',
        'icons/icon-192.png',
      ].sort(),
    );
  });

  it('groups each module’s pages, questions and the scripts they load, in the site’s order', () => {
    expect(plan.modules.map(([id]) => id)).toEqual(['b', 'a']);
    const [, a] = plan.modules.find(([id]) => id === 'a')!;
    expect(urls(a).sort()).toEqual(
      [
        'modules/a/index.html',
        'modules/a/one/index.html',
        'modules/a/quiz/index.html',
        'modules/a/questions.json',
        '_astro/QuizApp.js',
        '_astro/client.js',
        '_astro/preact.js',
        '_astro/test-mode.js',
      ].sort(),
    );
  });

  it('lists every file once, core or rest, and leaves search for the rest', () => {
    expect([...plan.core, ...plan.rest].sort((x, y) => x - y)).toEqual(files.map((_, i) => i));
    expect(urls([...plan.core, ...plan.task, ...plan.modules.flatMap(([, g]) => g)])).not.toContain(
      'pagefind/pagefind.js',
    );
  });

  it('fills the task page and the task’s modules first, in the task’s order, then the rest of the site', () => {
    const order = urls(fillOrder(plan, { first: ['a'], only: false }));
    const lastOfTask = Math.max(
      ...['task/index.html', '_astro/qr.js', 'modules/a/quiz/index.html'].map((u) => order.indexOf(u)),
    );
    const firstOfOthers = Math.min(
      ...['modules/b/index.html', 'index.html', 'search/index.html'].map((u) => order.indexOf(u)),
    );
    expect(lastOfTask).toBeLessThan(firstOfOthers);
    expect(order.sort()).toEqual(urls(plan.rest).sort());
  });

  it('stops after the task’s modules when the reader keeps only those', () => {
    const order = urls(fillOrder(plan, { first: ['a'], only: true }));
    expect(order).toContain('modules/a/questions.json');
    expect(order).toContain('_astro/TaskApp.js');
    expect(order.filter((u) => u.startsWith('modules/b/') || u === 'index.html')).toEqual([]);
  });

  it('keeps the whole site when there is no task, whatever the choice', () => {
    expect(fillOrder(plan, { first: [], only: true }).length).toBe(plan.rest.length);
    expect(fillOrder(plan, { first: ['no-such-module'], only: true }).length).toBe(plan.rest.length);
  });

  it('counts the task’s part (core, task page, its modules) apart from the whole site', () => {
    const stored = new Set(fillOrder(plan, { first: ['a'], only: true }).concat(plan.core));
    const p = progress(plan, { first: ['a'], only: true }, (i) => stored.has(i));
    expect(p.task).toEqual({ saved: stored.size, files: stored.size, bytes: 100 * stored.size });
    expect(p.site).toEqual({ saved: stored.size, files: files.length, bytes: 100 * files.length });
    expect(p.only).toBe(true);
    expect(progress(plan, { first: [], only: true }, () => false).task).toBeNull();
  });
});

describe('cache keys', () => {
  it('are workbox’s, so the files a phone kept with the earlier worker stay usable', () => {
    expect(cacheKey('https://h/training/', ['index.html', 'abc123', 1])).toBe(
      'https://h/training/index.html?__WB_REVISION__=abc123',
    );
    expect(cacheKey('https://h/', ['_astro/x.1a2b.js', null, 1])).toBe('https://h/_astro/x.1a2b.js');
  });

  it('differ when a file’s revision changes, so a new build stores the new file', () => {
    expect(cacheKey('https://h/', ['index.html', 'one', 1])).not.toBe(cacheKey('https://h/', ['index.html', 'two', 1]));
  });
});
