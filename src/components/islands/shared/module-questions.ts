/**
 * A module's live questions, fetched from /modules/<id>/questions.json (written at build time,
 * precached by the service worker, so this works offline after one visit) by the islands that
 * need only some modules: 错题本, 每日一练, the exam-paper builder, 成绩汇总's most-missed
 * questions. One request per module per page, shared by whoever asks; a failed one is forgotten,
 * so the next try asks again. Rejects on a network error or an HTTP error status.
 */
import type { ExamQuestion } from '../../../lib/quiz/exam-paper';
import { questionsHref } from '../../../lib/url';

const requests = new Map<string, Promise<ExamQuestion[]>>();

export function moduleQuestions(module: string): Promise<ExamQuestion[]> {
  let request = requests.get(module);
  if (!request) {
    request = fetch(questionsHref(module)).then((res) => {
      if (!res.ok) throw new Error(`${res.status}`);
      return res.json() as Promise<ExamQuestion[]>;
    });
    request.catch(() => requests.delete(module));
    requests.set(module, request);
  }
  return request;
}
