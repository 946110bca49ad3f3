/**
 * What a test-wise trainee who knows nothing would score with a simple rule, against a blind
 * guess. Not enforced: printed in the build log so authors see any bias the targets leave.
 * Positions are the bank's own order (practice and tests shuffle them; a paper printed in bank
 * order would not).
 */
import type { BankQuestion } from './metrics';
import { absoluteWordsIn, visibleLength } from './patterns';

export interface StrategyScore {
  /** Expected number of questions right with the strategy. */
  expected: number;
  /** Expected number right by a blind guess among the answers the question type allows. */
  chance: number;
  /** Questions the strategy applies to. */
  of: number;
}

export const STRATEGIES = {
  'pick-longest': 'single: pick the longest option',
  'pick-shortest': 'single: pick the shortest option',
  'avoid-longest': 'single: pick any option but the longest',
  'always-2nd': 'single: always option 2',
  'all-but-last': 'multiple: tick all but the last',
  'absolute-false': 'judge: an absolute word means 错误',
} as const;
export type Strategy = keyof typeof STRATEGIES;

const indicesOf = (lengths: number[], target: number) =>
  lengths.flatMap((length, i) => (length === target ? [i] : []));

/** A blind guess at a multiple-choice question: any set of at least two options. */
const multipleChance = (n: number) => 1 / (2 ** n - n - 1);

export function guessingScores(questions: readonly BankQuestion[]): Record<Strategy, StrategyScore> {
  const scores = Object.fromEntries(
    Object.keys(STRATEGIES).map((s) => [s, { expected: 0, chance: 0, of: 0 }]),
  ) as Record<Strategy, StrategyScore>;
  const add = (s: Strategy, expected: number, chance: number) => {
    scores[s].expected += expected;
    scores[s].chance += chance;
    scores[s].of++;
  };
  for (const q of questions) {
    if (q.retired) continue;
    if (q.type === 'single' && typeof q.answer === 'number') {
      const n = q.options.length;
      const key = q.answer - 1;
      const lengths = q.options.map(visibleLength);
      const longest = indicesOf(lengths, Math.max(...lengths));
      const shortest = indicesOf(lengths, Math.min(...lengths));
      const among = (set: number[]) => (set.includes(key) ? 1 / set.length : 0);
      add('pick-longest', among(longest), 1 / n);
      add('pick-shortest', among(shortest), 1 / n);
      add('avoid-longest', longest.length === n ? 1 / n : longest.includes(key) ? 0 : 1 / (n - longest.length), 1 / n);
      add('always-2nd', key === 1 ? 1 : 0, 1 / n);
    } else if (q.type === 'multiple' && Array.isArray(q.answer)) {
      const n = q.options.length;
      const right = q.answer.length === n - 1 && !q.answer.includes(n);
      add('all-but-last', right ? 1 : 0, multipleChance(n));
    } else if (q.type === 'judge' && absoluteWordsIn(q.stem).length > 0) {
      add('absolute-false', q.answer === false ? 1 : 0, 0.5);
    }
  }
  return scores;
}
