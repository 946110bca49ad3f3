/** Practice days are China dates (YYYY-MM-DD), like task deadlines, whatever the device's zone. */
import { chinaDate, dayDate, dayNumber } from '../task/dates';

export const addDays = (day: string, days: number): string => dayDate((dayNumber(day) ?? 0) + days) ?? day;
export const daysBetween = (from: string, to: string): number => (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);

/** The China date of a stored ISO time, or null when it is not one. */
export function dayOf(iso: string): string | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : chinaDate(ms);
}
