/**
 * What the service worker keeps, so that after one visit the whole site works with no network.
 * Pure: given the folder and the size of Pagefind's chunks, it returns the options for
 * workbox-build's getManifest (see build-sw.ts, which runs it after Pagefind has written its index).
 */
import type { GetManifestOptions, ManifestTransform } from 'workbox-build';

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

/** The chunks a large site keeps at run time: room for two deploys' worth, and a reader's searches on a small one. */
export const chunkLimit = (chunks: PagefindChunks) => (precachesChunks(chunks) ? 0 : Math.max(200, 2 * chunks.count));

/** The options for workbox-build's getManifest: the files kept, each with a revision unless its name has a hash. */
export function manifestConfig(dist: string, chunks: PagefindChunks): GetManifestOptions {
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
    // Astro's and Pagefind's file names carry a content hash: no revision needed.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/.*\.(pagefind|pf_meta)$)/,
  };
}
