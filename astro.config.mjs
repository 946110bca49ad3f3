// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { siteBase } from './tooling/env-config.mjs';
import { noPreactSignals } from './src/integrations/no-preact-signals.mjs';
import { minifiedScript } from './src/integrations/minified-script.mjs';

/**
 * Deployment settings come from the environment so the same source builds for any host:
 * SITE_BASE  — sub-path the site is served under, e.g. "/training/" (default "/")
 * OUT_DIR    — where the static files go (default "dist")
 * ASTRO_CACHE_DIR — Astro's cache, including the content-layer store (default node_modules/.astro).
 *              `npm run bench` points it at a temporary folder, so building generated content
 *              never leaves entries from a deleted CONTENT_DIR in the project's own cache.
 * CONTENT_DIR is read by src/content.config.ts.
 */
export default defineConfig({
  base: siteBase(process.env.SITE_BASE),
  outDir: process.env.OUT_DIR || 'dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Only the islands are Preact: without `include`, @preact/preset-vite runs Babel over every
  // .ts/.js module of the build, which costs build time (see `npm run bench`) and changes nothing.
  integrations: [mdx(), preact({ include: ['**/components/islands/**'] })],
  devToolbar: { enabled: false },
  vite: {
    plugins: [noPreactSignals(), minifiedScript()],
    build: {
      rolldownOptions: {
        checks: { moduleLevelDirective: false },
        // Every island page needs all of Preact (core, hooks, JSX runtime): one chunk for it
        // instead of hooks riding in a shared app chunk saves ~200 B gzip per island page.
        output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } },
      },
    },
  },
});
