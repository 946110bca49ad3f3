/**
 * A module's questions by the number receipts carry (`overview-04` → 4), through the one
 * questions loader: for weak spots on screen and the question text in the .xlsx export.
 */
import type { QuizQuestion } from '../../../lib/quiz/types';
import { questionIdByNumber } from '../../../lib/task/question-ref';
import { moduleQuestions } from '../shared/module-questions';

export async function fetchBank(module: { id: string }): Promise<Map<number, QuizQuestion>> {
  const byId = new Map((await moduleQuestions(module.id)).map((q) => [q.id, q]));
  const bank = new Map<number, QuizQuestion>();
  for (const [n, id] of questionIdByNumber(byId.keys(), module.id)) bank.set(n, byId.get(id)!);
  return bank;
}
