/**
 * Days practised: a day counts when its whole set is answered; the streak is the run of such
 * days up to today (a run that ended yesterday still counts until today is over).
 */
import { KEPT_DAYS } from '../progress/practice-record';
import type { ProgressData } from '../progress/record';
import { dayDone } from './streak';

export { dayDone, streakDays } from './streak';

/** Adds `day` to the days practised once its set is done; returns `data` otherwise. */
export function finishDay(data: ProgressData, day: string): ProgressData {
  const { practice } = data;
  if (!dayDone(practice, day) || practice.days.includes(day)) return data;
  const days = [...practice.days, day].sort().slice(-KEPT_DAYS);
  return { ...data, practice: { ...practice, days } };
}
