import { describe, expect, it } from 'vitest';
import { siteBase } from '../../tooling/env-config.mjs';
import { withBase } from '../../src/lib/url';

describe('siteBase (SITE_BASE)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/training/', '/training/'],
    ['training', '/training/'],
    ['/a/b', '/a/b/'],
  ])('%s → %s', (raw, expected) => expect(siteBase(raw)).toBe(expected));

  it.each(['/a b/', '/../x/', 'http://x/', '/a//b/'])('rejects %s with a clear message', (raw) => {
    expect(() => siteBase(raw)).toThrow(/SITE_BASE=.*无效/);
  });
});

describe('withBase', () => {
  it('joins a base and a path with exactly one slash', () => {
    expect(withBase('/', 'modules/x/')).toBe('/modules/x/');
    expect(withBase('/training/', '/modules/x/')).toBe('/training/modules/x/');
    expect(withBase('/training', '')).toBe('/training/');
  });
});
