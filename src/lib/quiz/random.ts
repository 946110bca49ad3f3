/**
 * Seeded randomness: the same seed always gives the same paper, so a test can be rebuilt from its
 * seed after a reload and two trainees can be given the same paper on purpose. A seed from text
 * is `fnv1a32Utf16` (lib/hash.ts).
 */

/** mulberry32: small, fast, and good enough to shuffle a quiz. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function newSeed(): number {
  return (Math.random() * 4294967296) >>> 0;
}
