// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { siteBase } from './src/lib/env-config.mjs';
import { noPreactSignals } from './src/integrations/no-preact-signals.mjs';

/**
 * Deployment settings come from the environment so the same source builds for any host:
 * SITE_BASE  — sub-path the site is served under, e.g. "/training/" (default "/")
 * OUT_DIR    — where the static files go (default "dist")
 * CONTENT_DIR is read by src/content.config.ts.
 */
export default defineConfig({
  base: siteBase(process.env.SITE_BASE),
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [noPreactSignals()],
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
