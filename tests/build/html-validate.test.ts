import { readFileSync } from 'node:fs';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT_DIST } from '../../tooling/dirs';
import { builtPages } from '../../tooling/dist-files';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies: no trailing whitespace concerns and attributes without quotes are its choice.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'doctype-style': 'off',
    'void-style': 'off',
    // Inline <style>/<script> are Astro's critical CSS and the font-size boot script.
    'no-inline-style': 'off',
    // Chinese text uses full-width punctuation; the rule targets English typography.
    'unrecognized-char-ref': 'error',
    // Heading anchors come from Chinese headings and may start with a digit ("2025年…"), which HTML5 allows.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('every built page', () => {
  const pages = builtPages(ROOT_DIST);
  it('exists', () => expect(pages.length).toBeGreaterThan(5));
  it.each(pages.map((p) => [p.slice(ROOT_DIST.length + 1), p]))('%s is valid HTML', async (_, file) => {
    // Astro's island runtime puts this one-line <style> beside each island; it is theirs, and harmless.
    const html = readFileSync(file, 'utf8').replace(
      /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g,
      '',
    );
    const report = await validator.validateString(html, file);
    const text = formatterFactory('text')(report.results);
    expect(report.valid, text).toBe(true);
  });
});

describe('every table of a built page', () => {
  // A cell under an empty header has no header for a screen reader (axe's td-has-header).
  it('names each of its columns', () => {
    const empty = builtPages(ROOT_DIST).filter((file) => /<th(\s[^>]*)?>\s*<\/th>/.test(readFileSync(file, 'utf8')));
    expect(empty.map((file) => file.slice(ROOT_DIST.length + 1))).toEqual([]);
  });
});
