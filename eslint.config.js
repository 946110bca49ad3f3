import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `npm run lint` runs Prettier for layout and this for code: JavaScript and TypeScript
 * recommendations everywhere, Astro's rules for .astro files, and jsx-a11y for the Preact islands
 * (the only place the site renders JSX that readers interact with).
 */
export default defineConfig(
  { ignores: ['dist/', '.test-dist/', '.astro/', 'bench-results/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    rules: {
      // Chinese headings separate number and title with an ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipJSXText: true }],
      // `_` marks an argument a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/components/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    // Preact writes <label for>, as HTML does.
    settings: { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } },
  },
  {
    // Build-time and tooling code runs in Node.
    files: ['**/*.{js,mjs,ts}'],
    ignores: ['src/client/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser code outside islands: the inline page script, the service worker's registration,
    // search and the small scripts pages load (see docs/architecture.md, src/client/).
    files: ['src/client/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Inline scripts written by hand in the style a minifier would use, for old in-app browsers:
    // `a || b()` and `c ? d() : e()` as statements, `catch (err)` (a catch without a binding is ES2019).
    files: ['src/client/page-inline.js', '**/*.astro', '**/*.astro/*.{js,ts}'],
    rules: {
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/client/page-inline.js'],
    // Filled in by Base.astro at build time.
    languageOptions: { globals: { __PROGRESS_VERSION__: 'readonly' } },
  },
  {
    // The calculator's islands use classic JSX (`/** @jsx h */`), which ESLint does not count as a use of `h`.
    files: ['src/components/islands/election/**'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^(h|Fragment)$' }] },
  },
);
