/**
 * The 32-bit FNV-1a under task ids, paper seeds and the record code's checksum. The first three
 * lines are FNV-1a's published test vectors; the last two pin how each variant treats
 * non-ASCII text (bytes of its UTF-8, or whole UTF-16 code units), which published ids,
 * papers and codes depend on. Never change a line; a new hash is a new format version.
 */
import { describe, expect, it } from 'vitest';
import { fnv1a32, fnv1a32Utf16 } from '../../src/lib/hash';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('FNV-1a, 32 bits', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('gives the published value for “%s”, over bytes and over code units alike', (text, value) => {
    expect(fnv1a32(utf8(text))).toBe(value);
    expect(fnv1a32Utf16(text)).toBe(value);
  });

  it('hashes the UTF-8 bytes of Chinese text in the byte variant', () => {
    expect(fnv1a32(utf8('选举'))).toBe(3377064127);
  });

  it('hashes whole UTF-16 code units of Chinese text in the text variant', () => {
    expect(fnv1a32Utf16('选举')).toBe(2903403246);
  });
});
