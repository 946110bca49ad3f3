import type { PaperItem } from '../../../lib/quiz/paper';
import type { QuizQuestion, Response } from '../../../lib/quiz/types';

/** A blank answer sheet: ordering questions start in their shuffled order, the rest empty. */
export function blankResponses(questions: Map<string, QuizQuestion>, items: PaperItem[]): Record<string, Response> {
  return Object.fromEntries(
    items.map((item) => [item.id, questions.get(item.id)?.type === 'order' ? [...item.order] : null]),
  );
}

export const byId = (questions: QuizQuestion[]) => new Map(questions.map((q) => [q.id, q]));

/** Moves focus after Preact has painted: to a feedback block, a result, or a question's first control. */
export const focusLater = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
