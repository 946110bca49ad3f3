import type { QuizQuestion } from '../../../lib/quiz/types';

/**
 * A module's live questions, as /modules/<id>/questions.json serves them (precached by the
 * service worker, so this works offline after one visit).
 */
export async function loadBank(module: string): Promise<QuizQuestion[]> {
  const res = await fetch(`${import.meta.env.BASE_URL}modules/${module}/questions.json`);
  if (!res.ok) throw new Error(`${module}: ${res.status}`);
  return (await res.json()) as QuizQuestion[];
}
