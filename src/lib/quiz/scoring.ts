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

export interface LessonTally {
  lesson: string;
  title: string;
  href: string;
  wrong: number;
  total: number;
}

export interface Score {
  correct: number;
  total: number;
  /** 0–100, rounded down so a pass is never granted by rounding. */
  percent: number;
  passed: boolean;
  wrongIds: string[];
  /** Lessons with at least one wrong answer, most mistakes first: what to review. */
  review: LessonTally[];
}

export function scorePaper(
  questions: readonly QuizQuestion[],
  responses: Record<string, Response>,
  passMark: number,
): Score {
  const tallies = new Map<string, LessonTally>();
  const wrongIds: string[] = [];
  for (const q of questions) {
    const tally = tallies.get(q.lesson) ?? {
      lesson: q.lesson,
      title: q.lessonTitle,
      href: q.href.split('#')[0]!,
      wrong: 0,
      total: 0,
    };
    tally.total++;
    if (!isCorrect(q, responses[q.id])) {
      tally.wrong++;
      wrongIds.push(q.id);
    }
    tallies.set(q.lesson, tally);
  }
  const total = questions.length;
  const correct = total - wrongIds.length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  const review = [...tallies.values()].filter((t) => t.wrong > 0).sort((a, b) => b.wrong - a.wrong);
  return { correct, total, percent, passed: total > 0 && percent >= passMark, wrongIds, review };
}
