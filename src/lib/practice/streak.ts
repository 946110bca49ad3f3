/**
 * Whether today's set is done and how many days in a row: what the practice page and the quiet
 * 今日一练 link on reading pages (daily-label.ts) both say. Type imports only, so a reading page's
 * label does not bring the progress code with it.
 */
import type { PracticeData } from '../progress/practice-record';
import { addDays } from './day';

/** What these rules read of the practice record. */
export type PracticeDays = Pick<PracticeData, 'days' | 'today'> & {
  cards: Record<string, Pick<PracticeData['cards'][string], 'reviewed'>>;
};

/** True when every question of today's set has been answered today. */
export function dayDone(practice: PracticeDays, day: string): boolean {
  const today = practice.today;
  return !!today && today.day === day && today.ids.every((id) => (practice.cards[id]?.reviewed ?? '') >= day);
}

/** Days in a row on which the set was finished, counting back from today (or yesterday). */
export function streakDays(practice: Pick<PracticeData, 'days'>, day: string): number {
  const done = new Set(practice.days);
  let at = done.has(day) ? day : addDays(day, -1);
  let count = 0;
  while (done.has(at)) {
    count++;
    at = addDays(at, -1);
  }
  return count;
}
