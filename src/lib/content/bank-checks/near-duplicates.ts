/**
 * Near-duplicate stems: the same fact asked twice with the same template, found by the
 * character-bigram Jaccard similarity of the stems' Chinese characters (everything else
 * dropped, so a changed number such as 1/3 for 1/2 does not hide a copy).
 */

/** Pairs at or above this similarity are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;

export interface Stem {
  id: string;
  stem: string;
}
export interface NearDuplicate<T extends Stem> {
  a: T;
  b: T;
  /** Jaccard similarity, 0–1. */
  similarity: number;
}

/** The set of adjacent character pairs of a stem's Chinese text. */
export function stemBigrams(stem: string): Set<string> {
  const text = stem.match(/\p{Script=Han}/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) out.add(text[i]! + text[i + 1]!);
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Every pair of stems at or above `threshold`, in input order. Jaccard can reach t only when
 * the smaller set has at least t times the larger one's size, so pairs are compared by size and
 * the inner loop stops early; bigrams are numbered and kept sorted, so a pair is compared by
 * one merge of two integer arrays instead of string lookups: the check stays cheap for the
 * thousands of questions of a generated benchmark course.
 */
export function findNearDuplicates<T extends Stem>(
  items: readonly T[],
  threshold = NEAR_DUPLICATE_SIMILARITY,
): NearDuplicate<T>[] {
  const numbers = new Map<string, number>();
  const sets = items.map((item, index) => {
    const codes = [...stemBigrams(item.stem)].map((bigram) => {
      let n = numbers.get(bigram);
      if (n === undefined) numbers.set(bigram, (n = numbers.size));
      return n;
    });
    return { index, codes: Int32Array.from(codes).sort() };
  });
  const bySize = [...sets].sort((x, y) => x.codes.length - y.codes.length || x.index - y.index);
  const found: { i: number; j: number; similarity: number }[] = [];
  for (let s = 0; s < bySize.length; s++) {
    const small = bySize[s]!;
    for (let t = s + 1; t < bySize.length; t++) {
      const large = bySize[t]!;
      if (small.codes.length < threshold * large.codes.length) break;
      const similarity = sortedJaccard(small.codes, large.codes);
      if (similarity >= threshold) {
        const [i, j] = small.index < large.index ? [small.index, large.index] : [large.index, small.index];
        found.push({ i, j, similarity });
      }
    }
  }
  return found
    .sort((x, y) => x.i - y.i || x.j - y.j)
    .map(({ i, j, similarity }) => ({ a: items[i]!, b: items[j]!, similarity }));
}

/** `jaccard` of two sets given as sorted arrays of distinct numbers. */
function sortedJaccard(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
