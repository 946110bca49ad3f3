import type { Difficulty, QuizQuestion } from './types';

interface AuthoredQuestion {
  id: string;
  module: string;
  type: QuizQuestion['type'];
  stem: string;
  options: string[];
  answer: number | boolean | number[];
  explanation: string;
  source: string;
  difficulty: Difficulty;
}

/** Converts an authored question (1-based answers) to what the quiz islands use (0-based). */
export function toQuizQuestion(
  q: AuthoredQuestion,
  lessonTitle: string,
  lessonHref: (lesson: string, anchor: string) => string,
): QuizQuestion {
  const [lesson = '', anchor = ''] = q.source.split('#');
  const zeroBased = (n: number) => n - 1;
  const answer =
    typeof q.answer === 'boolean'
      ? q.answer
      : typeof q.answer === 'number'
        ? zeroBased(q.answer)
        : q.type === 'multiple'
          ? q.answer.map(zeroBased).sort((a, b) => a - b)
          : q.answer.map(zeroBased);
  return {
    id: q.id,
    module: q.module,
    type: q.type,
    stem: q.stem,
    options: q.options,
    answer,
    explanation: q.explanation,
    difficulty: q.difficulty,
    lesson,
    lessonTitle,
    href: lessonHref(lesson, anchor),
  };
}
