import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, narrowPolicy } from '../../tooling/csp-per-page.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const SITE = `default-src 'self';script-src 'self' ${sha('a()')} ${sha('b()')} ${sha('c()')};style-src 'self' ${sha('x{}')}`;

describe('a page policy narrowed to its own inline pieces', () => {
  it('keeps the hashes of the scripts and styles the page carries, templates included, and drops the rest', () => {
    const html = page(
      SITE,
      '<script>a()</script><template><script>c()</script></template><script src="/x.js"></script>',
    );
    const policy = /content="([^"]*)"/.exec(narrowPolicy(html, 'p.html'))![1];
    expect(policy).toBe(`default-src 'self';script-src 'self' ${sha('a()')} ${sha('c()')}`);
  });

  it('drops a directive left with only what default-src allows, and keeps one that allows more', () => {
    const narrowed = (policy: string, body: string) =>
      /content="([^"]*)"/.exec(narrowPolicy(page(policy, body), 'p.html'))![1];
    // Without their hashes, script-src 'self' and style-src 'self' are what the browser falls back to anyway.
    expect(narrowed(SITE, '<style>x{}</style>')).toBe(`default-src 'self';style-src 'self' ${sha('x{}')}`);
    expect(narrowed(SITE, '')).toBe(`default-src 'self'`);
    expect(narrowed(`default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}`, '')).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval'`,
    );
    expect(narrowed(`default-src 'none';style-src 'self'`, '')).toBe(`default-src 'none';style-src 'self'`);
  });

  it('ignores scripts with a source and JSON data blocks', () => {
    const hashes = inlineHashes(
      '<script src="/a.js"></script><script type="application/ld+json">{}</script><style>x{}</style>',
    );
    expect([...hashes['script-src']]).toEqual([]);
    expect([...hashes['style-src']]).toEqual([sha('x{}')]);
  });

  it('fails, naming the page, when an inline script is not allowed by the site policy', () => {
    expect(() => narrowPolicy(page(SITE, '<script>evil()</script>'), 'modules/x/index.html')).toThrow(
      /modules\/x\/index\.html: an inline script/,
    );
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPolicy('<p>hi</p>', 'x.html')).toBe('<p>hi</p>');
  });
});
