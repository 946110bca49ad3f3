/**
 * What practice and reading do to a trainee's record (tests: attempts.ts; the profile:
 * profile.ts). Pure: each takes the record and returns a new one, so the store can re-apply it
 * to whatever another tab saved in the meantime.
 */
import type { ProgressData } from './record';

export const MASTERED_STREAK = 2;

/**
 * Updates the wrong-answer book (错题本): a wrong answer puts the question in (or starts its
 * streak again); a question leaves after being answered right twice in a row.
 */
export function recordAnswers(
  data: ProgressData,
  answers: { id: string; module: string; correct: boolean }[],
  at: string,
): ProgressData {
  const wrong = { ...data.wrong };
  for (const { id, module, correct } of answers) {
    const entry = wrong[id];
    if (!correct) wrong[id] = { module, streak: 0, at };
    else if (entry) {
      if (entry.streak + 1 >= MASTERED_STREAK) delete wrong[id];
      else wrong[id] = { ...entry, streak: entry.streak + 1 };
    }
  }
  return { ...data, wrong };
}

/** Marks a lesson read; the first time counts, reading it again changes nothing. */
export const markLessonRead = (data: ProgressData, lesson: string, at: string): ProgressData =>
  data.lessons[lesson] ? data : { ...data, lessons: { ...data.lessons, [lesson]: { at } } };
