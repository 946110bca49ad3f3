/**
 * Papers and practice lists from a seed: the same bank, size and seed always give the same
 * questions in the same order with the same option orders, so a test can be rebuilt after a
 * reload and printed twice alike. Options are always shuffled: their place in the bank teaches
 * nothing, and an ordering question is never shown already in the right order.
 */
import type { Difficulty } from '../content/schemas';
import { seededRandom, shuffle } from './random';
import type { QuizQuestion } from './types';

/** One question on a paper: which question, and the order its options are shown in. */
export interface PaperItem {
  id: string;
  /** Display position → original option index. */
  order: number[];
}

/** A test's mix of levels, in parts: 30% recall, 40% apply to a case, 30% tell two rules apart. */
export const DIFFICULTY_MIX: Record<Difficulty, number> = { easy: 3, medium: 4, hard: 3 };

/**
 * Draws `size` questions without repeats in the mix of DIFFICULTY_MIX and shuffles each one's
 * options. The mix is dealt by the Sainte-Laguë rule: the k-th question of a level (0-based, in
 * shuffled order) ranks (2k + 1) ÷ the level's parts, and the `size` best ranks are drawn, ties
 * going to the earlier level (a stable sort over the levels in order). A level that runs short
 * leaves its places to the others in proportion. The paper keeps the shuffled order.
 */
export function drawPaper(bank: readonly QuizQuestion[], size: number, seed: number): PaperItem[] {
  const random = seededRandom(seed);
  const shuffled = shuffle(bank, random);
  const drawn = new Set(
    (Object.keys(DIFFICULTY_MIX) as Difficulty[])
      .flatMap((level) =>
        shuffled
          .filter((q) => q.difficulty === level)
          .map((q, k) => ({ q, rank: (2 * k + 1) / DIFFICULTY_MIX[level] })),
      )
      .sort((a, b) => a.rank - b.rank)
      .slice(0, size)
      .map(({ q }) => q),
  );
  return shuffled.filter((q) => drawn.has(q)).map((q) => ({ id: q.id, order: optionOrder(q, random) }));
}

/** Practice questions shown at a time, and what a quiz page carries of its bank before the rest is fetched. */
export const PRACTICE_STEP = 10;

/**
 * Practice keeps the bank's order of questions and shuffles every question's options. The items
 * of the bank's first questions are the same whether the rest of the bank is given or not, so a
 * page can show the first questions before it has the rest.
 */
export function practiceItems(bank: readonly QuizQuestion[], seed: number): PaperItem[] {
  const random = seededRandom(seed);
  return bank.map((q) => ({ id: q.id, order: optionOrder(q, random) }));
}

function optionOrder(q: QuizQuestion, random: () => number): number[] {
  const order = shuffle(
    q.options.map((_, i) => i),
    random,
  );
  // An ordering question shown already in the right order would give itself away.
  if (q.type === 'order' && order.every((v, i) => v === (q.answer as number[])[i])) order.push(order.shift()!);
  return order;
}
