/**
 * Scores a handed-in paper: percent against the pass mark, the wrong ids, and the lessons to
 * review. Kept apart from the per-answer checks (scoring.ts) so practice pages load without it.
 */
import { isCorrect } from './scoring';
import type { QuizQuestion, Response } from './types';

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
