/**
 * FSRS-6, the memory model of the open-spaced-repetition project, with its published default
 * parameters: how well a question is remembered (stability, in days; difficulty, 1–10) after each
 * answer, and when recall drops to 90 %. Ported rather than imported: ts-fsrs is 6.7 KB gzip for
 * this one call, the port under 1 KB (docs/practice.md); tests check it against ts-fsrs.
 * Only two grades exist here: a right answer is FSRS "Good" (3), a wrong one "Again" (1).
 */

/** FSRS-6 default weights (ts-fsrs 5.4 `default_w`, trained on the FSRS benchmark). */
export const W = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
  0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
] as const;

const DECAY = -W[20];
const FACTOR = 0.9 ** (1 / DECAY) - 1;
const S_MIN = 0.001;
const S_MAX = 36500;
const AGAIN = 1;
const GOOD = 3;

export interface Memory {
  /** Days until recall falls to 90 %. */
  stability: number;
  /** 1 (easy) to 10 (hard). */
  difficulty: number;
}

const clamp = (x: number, min: number, max: number) => Math.min(Math.max(x, min), max);
const initDifficulty = (grade: number) => W[4] - Math.exp((grade - 1) * W[5]) + 1;

/** Probability of recall `days` after the last answer (the FSRS-6 power forgetting curve). */
export const retrievability = (days: number, stability: number): number => (1 + (FACTOR * days) / stability) ** DECAY;

/** Days until recall falls to `retention` (90 % by default), at least one. */
export const interval = (stability: number, retention = 0.9): number =>
  clamp(Math.round((stability / FACTOR) * (retention ** (1 / DECAY) - 1)), 1, S_MAX);

/** The memory after an answer given `days` after the previous one (`before` null: the first answer). */
export function review(before: Memory | null, days: number, correct: boolean): Memory {
  const grade = correct ? GOOD : AGAIN;
  if (!before) return { stability: Math.max(W[grade - 1]!, 0.1), difficulty: clamp(initDifficulty(grade), 1, 10) };
  const { stability: s, difficulty: d } = before;
  const r = retrievability(Math.max(days, 0), s);
  const stability = correct
    ? s * (1 + Math.exp(W[8]) * (11 - d) * s ** -W[9] * (Math.exp((1 - r) * W[10]) - 1))
    : // A lapse never raises stability (FSRS caps the post-lapse value at the old one).
      Math.min(W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * Math.exp((1 - r) * W[14]), s);
  const moved = d + (-W[6] * (grade - 3) * (10 - d)) / 9;
  // Mean reversion towards the difficulty of a first "Easy", as FSRS does.
  const difficulty = W[7] * initDifficulty(4) + (1 - W[7]) * moved;
  return { stability: clamp(stability, S_MIN, S_MAX), difficulty: clamp(difficulty, 1, 10) };
}
