/**
 * Dates in links and receipts. Everyone involved is in China, so a deadline day and a completion
 * time are read in China Standard Time (UTC+8, no daylight saving), whatever the device's zone.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Day 0 of the link's deadline field and minute 0 of a receipt's completion time. */
export const EPOCH_MS = Date.UTC(2020, 0, 1);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 2020-01-01 for a YYYY-MM-DD date, or null when it is not a real calendar date. */
export function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date || ms < EPOCH_MS) return null;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

export function dayDate(day: number): string {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a deadline day in China. */
export function deadlineEnd(date: string): number | null {
  const day = dayNumber(date);
  return day === null ? null : EPOCH_MS + (day + 1) * DAY_MS - CHINA_OFFSET_MS - 1;
}

/** Today's date in China, as YYYY-MM-DD. */
export function chinaDate(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** "2026-12-01 16:27" in China time. */
export function chinaDateTime(ms: number): string {
  const iso = new Date(ms + CHINA_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Whole days from `now` (China date) to the deadline day: 0 on the day, negative when overdue. */
export function daysLeft(deadline: string, now: number): number | null {
  const due = dayNumber(deadline);
  const today = dayNumber(chinaDate(now));
  return due === null || today === null ? null : due - today;
}

export function onTime(completedAt: number, deadline: string): boolean | null {
  const end = deadlineEnd(deadline);
  return end === null ? null : completedAt <= end;
}
