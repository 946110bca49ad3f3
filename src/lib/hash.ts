/**
 * FNV-1a, 32 bits: the one stable fingerprint under task ids, paper seeds, inline-check names and
 * the record code's checksum. It catches accidents, not forgery. It has two inputs because both
 * are already published: bytes (task ids), and a text's UTF-16 code units, each unit folded in
 * whole (paper seeds and record codes). Pinned by tests/unit/hash.test.ts.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

function fnv1a32Of(length: number, unitAt: (i: number) => number): number {
  let h = OFFSET_BASIS;
  for (let i = 0; i < length; i++) {
    h ^= unitAt(i);
    h = Math.imul(h, PRIME);
  }
  return h >>> 0;
}

/** FNV-1a over bytes, the standard form. */
export const fnv1a32 = (bytes: Uint8Array): number => fnv1a32Of(bytes.length, (i) => bytes[i]!);

/** FNV-1a over a text's UTF-16 code units; the same as `fnv1a32` for ASCII text only. */
export const fnv1a32Utf16 = (text: string): number => fnv1a32Of(text.length, (i) => text.charCodeAt(i));
