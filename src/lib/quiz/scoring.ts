import type { QuizQuestion, Response } from './types';

export function isAnswered(q: QuizQuestion, r: Response | undefined): boolean {
  if (r === null || r === undefined) return false;
  return q.type === 'multiple' ? Array.isArray(r) && r.length > 0 : true;
}

/** Multiple choice needs exactly the right set: a partial answer scores zero. */
export function isCorrect(q: QuizQuestion, r: Response | undefined): boolean {
  if (!isAnswered(q, r)) return false;
  const { answer } = q;
  if (Array.isArray(answer)) {
    if (!Array.isArray(r) || r.length !== answer.length) return false;
    const given = q.type === 'multiple' ? [...r].sort((a, b) => a - b) : r;
    return given.every((v, i) => v === answer[i]);
  }
  return r === answer;
}
