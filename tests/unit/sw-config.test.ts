import { describe, expect, it } from 'vitest';
import type { ManifestEntry, RuntimeCaching } from 'workbox-build';
import { CHUNK_PRECACHE_BUDGET, swConfig } from '../../tooling/offline/sw-config';

const SMALL = { count: 58, bytes: 400_000 };
const LARGE = { count: 3_000, bytes: CHUNK_PRECACHE_BUDGET + 1 };

/** The precache list the config's transform keeps from a list of built files. */
async function kept(urls: string[], chunks = SMALL): Promise<string[]> {
  const [transform] = swConfig('/dist', '/', chunks).manifestTransforms!;
  const entries = urls.map((url) => ({ url, revision: 'r', size: 1 }) as ManifestEntry & { size: number });
  return (await transform!(entries)).manifest.map((e) => e.url);
}

const routeFor = (base: string, chunks = SMALL) =>
  (swConfig('/dist', base, chunks).runtimeCaching as RuntimeCaching[]).find((r) => r.handler === 'CacheFirst')!;

describe('what the service worker precaches', () => {
  it('keeps every site file and Pagefind’s core, and drops the UI bundles and the worker the site does not use', async () => {
    const site = [
      'index.html',
      'modules/a/b/index.html',
      '_astro/x.abc.js',
      '_astro/s.css',
      'modules/a/questions.json',
    ];
    const core = [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zh-cn_4185f9c329173.pf_meta',
    ];
    const unused = [
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-modular-ui.js',
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-worker.js',
    ];
    expect(await kept([...site, ...core, ...unused])).toEqual([...site, ...core]);
  });

  it('precaches the search chunks while they fit the budget, so search works offline after one visit', async () => {
    const chunks = [
      'pagefind/index/zh-cn_1.pf_index',
      'pagefind/fragment/zh-cn_2.pf_fragment',
      'pagefind/filter/zh-cn_3.pf_filter',
    ];
    expect(await kept(chunks, SMALL)).toEqual(chunks);
    expect(await kept(chunks, LARGE)).toEqual([]);
  });

  it('matches a page whatever query WeChat or the site adds', () => {
    const [ignoreAll] = swConfig('/dist', '/', SMALL).ignoreURLParametersMatching!;
    for (const name of ['from', 'isappinstalled', 'nsukey', 'q', 't', 'ts']) expect(ignoreAll!.test(name)).toBe(true);
  });
});

describe('search chunks at run time', () => {
  it('caches Pagefind’s chunks under the base path, and nothing else', () => {
    const pattern = routeFor('/training/').urlPattern as RegExp;
    expect(pattern.test('http://h/training/pagefind/index/zh-cn_1.pf_index')).toBe(true);
    expect(pattern.test('http://h/training/pagefind/fragment/zh-cn_2.pf_fragment')).toBe(true);
    expect(pattern.test('http://h/training/pagefind/pagefind.js')).toBe(false);
    expect(pattern.test('http://h/other/pagefind/index/zh-cn_1.pf_index')).toBe(false);
  });

  it('caches at run time the chunks a site over the budget does not precache', async () => {
    const chunks = ['pagefind/index/zh-cn_1.pf_index', 'pagefind/fragment/zh-cn_2.pf_fragment'];
    expect(await kept(chunks, LARGE)).toEqual([]);
    const route = routeFor('/training/', LARGE);
    for (const chunk of chunks) expect((route.urlPattern as RegExp).test(`http://h/training/${chunk}`)).toBe(true);
    expect(route.options!.cacheName).toBeTruthy();
  });

  it('keeps room for two deploys of chunks, however many a site has', () => {
    for (const count of [0, 1, 58, 150, 3_000, 40_000]) {
      const kept = routeFor('/', { count, bytes: CHUNK_PRECACHE_BUDGET + 1 }).options!.expiration!.maxEntries!;
      expect(kept, `${count} chunks`).toBeGreaterThanOrEqual(2 * count);
      // A small site still keeps a reader's searches across a few deploys.
      expect(kept, `${count} chunks`).toBeGreaterThanOrEqual(200);
    }
  });
});
