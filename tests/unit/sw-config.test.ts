import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from 'workbox-build';
import { CHUNK_PRECACHE_BUDGET, chunkLimit, manifestConfig } from '../../tooling/offline/sw-config';

const SMALL = { count: 58, bytes: 400_000 };
const LARGE = { count: 3_000, bytes: CHUNK_PRECACHE_BUDGET + 1 };

/** The precache list the config's transform keeps from a list of built files. */
async function kept(urls: string[], chunks = SMALL): Promise<string[]> {
  const [transform] = manifestConfig('/dist', chunks).manifestTransforms!;
  const entries = urls.map((url) => ({ url, revision: 'r', size: 1 }) as ManifestEntry & { size: number });
  return (await transform!(entries)).manifest.map((e) => e.url);
}

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

  it('gives a revision to every file whose name carries no content hash, so a new build updates it', () => {
    const hashed = manifestConfig('/dist', SMALL).dontCacheBustURLsMatching!;
    for (const url of ['_astro/x.abc123.js', 'pagefind/index/zh-cn_1.pf_index', 'pagefind/wasm.unknown.pagefind'])
      expect(hashed.test(url), url).toBe(true);
    for (const url of ['index.html', 'modules/a/questions.json', 'sw-register.js', 'pagefind/pagefind.js'])
      expect(hashed.test(url), url).toBe(false);
  });
});

describe('search chunks at run time', () => {
  it('keeps none at run time when they are precached', () => {
    expect(chunkLimit(SMALL)).toBe(0);
  });

  it('keeps room for two deploys of chunks, however many a site has', () => {
    for (const count of [0, 1, 58, 150, 3_000, 40_000]) {
      const kept = chunkLimit({ count, bytes: CHUNK_PRECACHE_BUDGET + 1 });
      expect(kept, `${count} chunks`).toBeGreaterThanOrEqual(2 * count);
      // A small site still keeps a reader's searches across a few deploys.
      expect(kept, `${count} chunks`).toBeGreaterThanOrEqual(200);
    }
  });
});
