import type { QuizQuestion } from '../../../lib/quiz/types';

export const byId = (questions: QuizQuestion[]) => new Map(questions.map((q) => [q.id, q]));

/** Moves focus after Preact has painted: to a feedback block, a result, or a question's first control. */
export const focusLater = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
