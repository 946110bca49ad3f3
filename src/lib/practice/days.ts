/**
 * Days practised: a day counts when its whole set is answered; the streak is the run of such
 * days up to today (a run that ended yesterday still counts until today is over).
 */
import { KEPT_DAYS, type PracticeData } from '../progress/practice-record';
import type { ProgressData } from '../progress/record';
import { addDays } from './day';

/** True when every question of today's set has been answered today. */
export function dayDone(practice: PracticeData, day: string): boolean {
  const today = practice.today;
  return !!today && today.day === day && today.ids.every((id) => (practice.cards[id]?.reviewed ?? '') >= day);
}

/** Adds `day` to the days practised once its set is done; returns `data` otherwise. */
export function finishDay(data: ProgressData, day: string): ProgressData {
  const { practice } = data;
  if (!dayDone(practice, day) || practice.days.includes(day)) return data;
  const days = [...practice.days, day].sort().slice(-KEPT_DAYS);
  return { ...data, practice: { ...practice, days } };
}

/** Days in a row on which the set was finished, counting back from today (or yesterday). */
export function streakDays(practice: PracticeData, day: string): number {
  const done = new Set(practice.days);
  let at = done.has(day) ? day : addDays(day, -1);
  let count = 0;
  while (done.has(at)) {
    count++;
    at = addDays(at, -1);
  }
  return count;
}
