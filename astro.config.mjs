// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { siteBase } from './tooling/env-config.mjs';
import { cspConfig } from './tooling/csp.mjs';
import { pageRewrites } from './tooling/page-rewrites.mjs';
import { noPreactSignals } from './src/vite-plugins/no-preact-signals.mjs';
import { xlsxWithoutWorkers } from './src/vite-plugins/xlsx-without-workers.mjs';
import { minifiedScript } from './src/vite-plugins/minified-script.mjs';
import { oneFileScript } from './src/vite-plugins/one-file-script.mjs';
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
    oneFileScript(),
    pageRewrites(),
  ],
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page, as a <meta> tag (see tooling/csp.mjs), narrowed
  // after the build to the hashes each page needs (tooling/csp-per-page.mjs, run by page-rewrites.mjs).
  security: { csp: cspConfig() },
  // Shiki colours code with inline style attributes, which the policy refuses; lessons have no code.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [noPreactSignals(), xlsxWithoutWorkers(), minifiedScript(), preactJsxWithoutBabel()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A component's <script> is named "ReadLoader.astro_astro_type_script_index_0_lang": the
              // part after the component's name says nothing, and a lesson names five such files.
              entryFileNames: ({ name }) =>
                `_astro/${name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, i) => (i === '0' ? '' : `-${i}`)).replace(/[\0?*]/g, '_')}.[hash].js`,
            },
          },
        },
      },
    },
    build: {
      // The 学习证明's picture code is fetched only in WeChat and other in-app browsers: inlined into
      // its <template> like other small scripts, every browser would download it with the page.
      assetsInlineLimit: (file) => (file.includes('PictureLoader') ? false : undefined),
      rolldownOptions: {
        checks: { moduleLevelDirective: false },
        // Shared code in fixed files: left alone, the bundler splits shared code by exactly which
        // entries share what, and each new island reshuffles the quiz page into more, worse-compressed
        // files (a file boundary costs a page about 0.1 to 0.3 KB gzip).
        // - record: the progress record, its decoder and the record store under it, without Preact.
        //   Listed first, so the quiz code that imports it does not capture it. The 学习证明 page,
        //   a lesson recording itself read and the calculator's draft load this file alone (2 KB),
        //   not the quiz code and Preact (10 KB more).
        // - islands: Preact (core, hooks, JSX runtime), Astro's Preact renderer and the quiz code
        //   several islands use (practice list, question, seeded drawing, the store hook): every
        //   quiz-like island page needs all of it, and as one file the quiz page stays within its
        //   14 KB with the record in its own file. The one island page that carries the quiz part
        //   unused is the trainer's 布置任务 (a PC page without a budget).
        // - helpers: small helpers many islands share (links, the clipboard, the questions loader):
        //   three separate files put the exam-paper builder over its 20 KB.
        // - trainee-shared: what the trainee's own pages share (the profile's rules and problems, a
        //   role path's marks, in-app detection, base64url).
        // - task: task links, receipts, a task's standing and the path certificate's code, which the
        //   task page, 成绩汇总 and the 学习证明 page all load: as separate files they cost each of
        //   them about 1 KB more. Listed before it, so it does not capture them: FNV-1a (hash), which
        //   the exam-paper builder seeds papers with, and China dates, which 每日一练 uses.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'record',
                test: /lib[\\/](progress[\\/](store|record|v1|guards|rules|practice-record|types)|storage[\\/]record-store)\.ts/,
              },
              {
                name: 'islands',
                test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|islands[\\/](quiz[\\/](PracticeList|Question|answer-sheet)|shared[\\/](question-labels|use-progress|StoreNotice|template-script))\.tsx?|lib[\\/]quiz[\\/](random|paper|scoring)\.ts/,
              },
              {
                name: 'trainee-shared',
                test: /lib[\\/](progress[\\/]profile(-problems)?|learning-path[\\/]progress-marks|in-app|base64url)\.ts/,
              },
              {
                name: 'helpers',
                test: /islands[\\/]shared[\\/](clipboard|module-questions)\.ts|lib[\\/]url\.ts/,
              },
              { name: 'hash', test: /lib[\\/]hash\.ts/ },
              { name: 'dates', test: /lib[\\/]task[\\/]dates\.ts/ },
              {
                name: 'task',
                test: /lib[\\/](task[\\/](receipt|task-status|link|bytes|question-ref)|learning-path[\\/]path-code)\.ts/,
              },
            ],
          },
        },
      },
    },
  },
});
