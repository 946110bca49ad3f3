/**
 * What the service worker keeps, so that after one visit the whole site works with no network.
 * Pure: given the folder, the base path and the size of Pagefind's chunks, it returns the options
 * for workbox-build's generateSW (see build-sw.ts, which runs it after Pagefind has written its index).
 */
import type { GenerateSWOptions, ManifestTransform } from 'workbox-build';

/** Pagefind's index, fragment and filter chunks in a build: one file each, named by content hash. */
export interface PagefindChunks {
  count: number;
  bytes: number;
}

/**
 * Up to this size the search chunks are precached too, so search works offline after the first
 * visit (this site's are about 0.5 MB). Past it only what a reader has searched is kept: a
 * first visit on a phone should not fetch a generated thousand-lesson index.
 */
export const CHUNK_PRECACHE_BUDGET = 4 * 1024 * 1024;

/** Pagefind files the site's own search needs before any chunk: the script, its wasm, the entry and meta files. */
const PAGEFIND_CORE = /^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|[\w.-]+\.pf_meta)$/;
const PAGEFIND_CHUNK = /^pagefind\/(index|fragment|filter)\/[^/]+$/;

/**
 * Whether a file under pagefind/ is precached. Everything else Pagefind writes (its UI bundles,
 * the worker, highlight script) is left out: the site uses none of them.
 */
function keepPagefindFile(url: string, chunks: boolean): boolean {
  return PAGEFIND_CORE.test(url) || (chunks && PAGEFIND_CHUNK.test(url));
}

export const precachesChunks = (chunks: PagefindChunks) => chunks.bytes <= CHUNK_PRECACHE_BUDGET;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function swConfig(dist: string, base: string, chunks: PagefindChunks): GenerateSWOptions {
  const withChunks = precachesChunks(chunks);
  const onlyUsedPagefind: ManifestTransform = (entries) => ({
    manifest: entries.filter((e) => !e.url.startsWith('pagefind/') || keepPagefindFile(e.url, withChunks)),
  });
  return {
    globDirectory: dist,
    // Every page, style, script and the files pages fetch (questions.json, icons, the manifest):
    // general, so pages added later are covered without a change here.
    globPatterns: [
      '**/*.{html,css,js,json,svg,png,webmanifest}',
      'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
    ],
    globIgnores: ['sw.js'],
    manifestTransforms: [onlyUsedPagefind],
    // Astro's and Pagefind's file names carry a content hash: no cache-busting revision needed.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/.*\.(pagefind|pf_meta)$)/,
    swDest: `${dist}/sw.js`,
    // A static server returns the same file whatever the query says (WeChat's from=, isappinstalled=,
    // nsukey=, the site's own ?q= and ?t=, Pagefind's ?ts=); the pages read their query themselves.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cacheId: 'hj',
    // A new deploy waits until the reader presses "新版本可用，点此更新" (sw-register.js sends
    // SKIP_WAITING): swapping files under an open quiz would mix two versions of the site.
    skipWaiting: false,
    // The first visit is served by the worker at once, so it can go offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        // Search chunks not precached (a large site) or from a reader's earlier searches: names are
        // content hashes, so a cached copy is never stale; the limit bounds what old deploys leave.
        urlPattern: new RegExp(`${escapeRegExp(base)}pagefind/(index|fragment|filter)/`),
        handler: 'CacheFirst',
        options: {
          cacheName: 'hj-pagefind-chunks',
          expiration: {
            maxEntries: Math.max(200, 2 * chunks.count),
            maxAgeSeconds: 90 * 24 * 3600,
            purgeOnQuotaError: true,
          },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // A page this build does not have (a mistyped link): the network answers when there is
        // one, the site's 404 page with its module list when there is not.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  };
}
