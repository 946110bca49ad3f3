import type { QuizQuestion } from '../../../lib/quiz/types';
import { questionsHref } from '../../../lib/url';

/**
 * A module's live questions, as /modules/<id>/questions.json serves them (precached by the
 * service worker, so this works offline after one visit).
 */
export async function loadBank(module: string): Promise<QuizQuestion[]> {
  const res = await fetch(questionsHref(module));
  if (!res.ok) throw new Error(`${module}: ${res.status}`);
  return (await res.json()) as QuizQuestion[];
}
