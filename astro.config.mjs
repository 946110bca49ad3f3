// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { siteBase } from './tooling/env-config.mjs';
import { cspConfig } from './tooling/csp.mjs';
import { cspPerPage } from './tooling/csp-per-page.mjs';
import { noPreactSignals } from './src/vite-plugins/no-preact-signals.mjs';
import { xlsxWithoutWorkers } from './src/vite-plugins/xlsx-without-workers.mjs';
import { minifiedScript } from './src/vite-plugins/minified-script.mjs';
import { preactJsxWithoutBabel } from './src/vite-plugins/preact-jsx-without-babel.mjs';

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
  // Stylesheets are files, never inlined: a reader's next page finds them in the cache, and an
  // inline <style> would need its own hash in every page's Content-Security-Policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Only the islands are Preact: without `include`, @preact/preset-vite runs Babel over every
  // .ts/.js module of the build, which costs build time (see `npm run bench`) and changes nothing.
  // The calculator's parts (islands/election/) use classic JSX, which that Babel pass refuses; left
  // to Vite, they import only `preact`, so the quiz islands' shared chunk stays as it was.
  integrations: [
    mdx(),
    preact({ include: ['**/components/islands/**'], exclude: ['**/components/islands/election/**'] }),
    cspPerPage(),
  ],
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page, as a <meta> tag (see tooling/csp.mjs), narrowed
  // after the build to the hashes each page needs (tooling/csp-per-page.mjs).
  security: { csp: cspConfig() },
  // Shiki colours code with inline style attributes, which the policy refuses; lessons have no code.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [noPreactSignals(), xlsxWithoutWorkers(), minifiedScript(), preactJsxWithoutBabel()],
    build: {
      rolldownOptions: {
        checks: { moduleLevelDirective: false },
        // Shared island code in fixed files. Every island page needs all of Preact (core, hooks, JSX
        // runtime): one chunk for it. The quiz code several islands use (practice list, question,
        // seeded drawing) is one more: left alone, the bundler splits shared code by exactly which
        // islands share what, and adding the exam-paper builder, which shares the seeded drawing,
        // reshuffled the quiz page into more, worse-compressed files and over its 14 KB budget. The
        // progress store, and the record store under it (lib/storage/record-store.ts), go with the
        // quiz code: a file of their own cost the quiz page 0.14 KB each, and the pages that load
        // them alone (a lesson recording itself read, the calculator keeping its draft) find this
        // chunk in the cache once any quiz has been opened. Small helpers many islands share (links,
        // the clipboard, the questions loader) are one more file: three separate ones put the
        // exam-paper builder over its 20 KB. And what the trainee's own pages share (the profile's
        // rules and problems, a role path's marks, in-app detection, base64url) one more: as small
        // files of their own they put the 学习证明 page over its 22 KB.
        output: {
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              {
                name: 'trainee-shared',
                test: /lib[\\/](progress[\\/]profile(-problems)?|learning-path[\\/]progress-marks|in-app|base64url)\.ts/,
              },
              {
                name: 'helpers',
                test: /islands[\\/]shared[\\/](clipboard|module-questions)\.ts|lib[\\/]url\.ts/,
              },
              {
                name: 'quiz-shared',
                test: /islands[\\/](quiz[\\/](PracticeList|Question|answer-sheet)|shared[\\/](question-labels|use-progress|StoreNotice|template-script))\.tsx?|lib[\\/](quiz[\\/](random|paper|scoring)|progress[\\/](store|record|v1|guards|rules)|storage[\\/]record-store)\.ts/,
              },
            ],
          },
        },
      },
    },
  },
});
