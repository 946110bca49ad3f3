/**
 * After `astro build`, each page is read and written once for both rewrites: the preloads of its
 * load-time islands (island-preload.mjs), then its Content-Security-Policy narrowed to its own
 * inline pieces (csp-per-page.mjs). One pass instead of one per rewrite: at 1,000 lessons the pages
 * are some 37 MB of HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles, narrowPolicy } from './csp-per-page.mjs';
import { builtModules, withIslandPreloads } from './island-preload.mjs';

/**
 * Rewrites every page of a built site (`dir`, the output folder).
 * @param {string} dir
 */
export function rewritePages(dir) {
  const readModule = builtModules(dir);
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const rewritten = narrowPolicy(withIslandPreloads(html, readModule), file.slice(dir.length + 1));
    if (rewritten !== html) writeFileSync(file, rewritten);
  }
}

/** The Astro integration: runs when `astro build` has written the pages, before Pagefind. */
export const pageRewrites = () => ({
  name: 'page-rewrites',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => rewritePages(fileURLToPath(dir).replace(/\/$/, '')),
  },
});
