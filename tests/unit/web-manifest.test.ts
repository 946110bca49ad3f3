import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssVariable, webManifest } from '../../src/lib/web-manifest';

describe('cssVariable', () => {
  it('reads the light definition, the first in the stylesheet', () => {
    const css =
      ':root { --accent: #b31b1b; --bg: #fff; }\n@media (prefers-color-scheme: dark) { :root { --accent: #ff8a80; } }';
    expect(cssVariable(css, '--accent')).toBe('#b31b1b');
    expect(cssVariable(css, '--bg')).toBe('#fff');
  });

  it('names the missing property instead of writing an empty colour', () => {
    expect(() => cssVariable(':root { --bg: #fff; }', '--accent')).toThrow('--accent');
  });
});

describe('webManifest', () => {
  const manifest = webManifest({
    name: '村（社区）“两委”换届培训',
    shortName: '两委换届培训',
    description: 'd',
    themeColor: '#b31b1b',
    backgroundColor: '#fff',
  });

  it('opens standalone, from and within the folder the manifest is served in, at any base path', () => {
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    for (const icon of manifest.icons) expect(icon.src).not.toMatch(/^\//);
  });

  it('names icons that exist in public/, with their real sizes, a maskable one among them', () => {
    for (const icon of manifest.icons) {
      const png = readFileSync(new URL(`../../public/${icon.src}`, import.meta.url));
      // PNG: width and height are the big-endian words at bytes 16 and 20 (IHDR).
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
