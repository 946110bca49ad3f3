/**
 * A module's questions by the number receipts carry (`overview-04` → 4), fetched from its
 * questions.json: for weak spots on screen and the question text in the .xlsx export.
 */
import type { QuizQuestion } from '../../../lib/quiz/types';
import { questionIdByNumber } from '../../../lib/task/question-ref';

export async function fetchBank(module: { id: string; questionsUrl: string }): Promise<Map<number, QuizQuestion>> {
  const response = await fetch(module.questionsUrl);
  if (!response.ok) throw new Error(String(response.status));
  const questions = (await response.json()) as QuizQuestion[];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const bank = new Map<number, QuizQuestion>();
  for (const [n, id] of questionIdByNumber(byId.keys(), module.id)) bank.set(n, byId.get(id)!);
  return bank;
}
