import type { LastTest, ProgressData } from './data';

/** Records a finished test: attempts count up, the best score and the pass are kept. */
export function recordTest(data: ProgressData, module: string, last: LastTest): ProgressData {
  const before = data.modules[module] ?? { best: 0, attempts: 0, passed: false };
  return {
    ...data,
    modules: {
      ...data.modules,
      [module]: {
        best: Math.max(before.best, last.percent),
        attempts: before.attempts + 1,
        passed: before.passed || last.passed,
        last,
      },
    },
  };
}

export const MASTERED_STREAK = 2;

/**
 * Updates the wrong-answer book (错题本): a wrong answer puts the question in (or starts its
 * streak again); a question leaves after being answered right twice in a row.
 */
export function recordAnswers(
  data: ProgressData,
  answers: { id: string; module: string; correct: boolean }[],
  at: string,
): ProgressData {
  const wrong = { ...data.wrong };
  for (const { id, module, correct } of answers) {
    const entry = wrong[id];
    if (!correct) wrong[id] = { module, streak: 0, at };
    else if (entry) {
      if (entry.streak + 1 >= MASTERED_STREAK) delete wrong[id];
      else wrong[id] = { ...entry, streak: entry.streak + 1 };
    }
  }
  return { ...data, wrong };
}
