import { seededRandom, shuffle } from './random';
import type { QuizQuestion } from './types';

/** One question on a paper: which question, and the order its options are shown in. */
export interface PaperItem {
  id: string;
  /** Display position → original option index. */
  order: number[];
}

/**
 * Draws `size` questions without repeats and shuffles each one's options, all from `seed`:
 * the same bank, size and seed always give the same paper.
 */
export function drawPaper(bank: readonly QuizQuestion[], size: number, seed: number): PaperItem[] {
  const random = seededRandom(seed);
  const picked = shuffle(bank, random).slice(0, Math.max(0, Math.min(size, bank.length)));
  return picked.map((q) => ({ id: q.id, order: optionOrder(q, random) }));
}

/** Practice keeps the bank's order; only ordering questions must be scrambled to be a question at all. */
export function practiceItems(bank: readonly QuizQuestion[], seed: number): PaperItem[] {
  const random = seededRandom(seed);
  return bank.map((q) => ({
    id: q.id,
    order: q.type === 'order' ? optionOrder(q, random) : q.options.map((_, i) => i),
  }));
}

function optionOrder(q: QuizQuestion, random: () => number): number[] {
  const identity = q.options.map((_, i) => i);
  if (q.type === 'judge') return [];
  const order = shuffle(identity, random);
  // An ordering question shown already in the right order would give itself away.
  if (q.type === 'order' && Array.isArray(q.answer) && order.every((v, i) => v === (q.answer as number[])[i])) {
    order.push(order.shift()!);
  }
  return order;
}
