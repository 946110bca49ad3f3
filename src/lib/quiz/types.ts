/**
 * A question as the browser gets it: answers 0-based, the lesson it comes from resolved to a
 * link. Built at build time from the content collection (see toQuizQuestion).
 */
import type { Difficulty, QuestionType } from '../content/schemas';

export type { Difficulty, QuestionType };

export interface QuizQuestion {
  id: string;
  module: string;
  type: QuestionType;
  stem: string;
  /** Empty for judge questions. */
  options: string[];
  /** single: option index; multiple: sorted indices; judge: true/false; order: indices in the right sequence. */
  answer: number | boolean | number[];
  explanation: string;
  /** What the question asks; a test draws a fixed mix of levels (see drawPaper). */
  difficulty: Difficulty;
  /** "module/lesson" of the source. */
  lesson: string;
  lessonTitle: string;
  /** Link to the heading that teaches it. */
  href: string;
}

/** What a trainee has answered: same shape as `answer`; null when not answered yet. */
export type Response = number | boolean | number[] | null;
