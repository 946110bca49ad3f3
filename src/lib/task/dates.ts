/**
 * Dates in links and receipts. Everyone involved is in China, so a deadline day and a completion
 * time are read in China Standard Time (UTC+8, no daylight saving), whatever the device's zone.
 * Links and receipts only carry days and times from 2020 to 2100: a crafted number outside that
 * span is damage, never a date JavaScript cannot show.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Day 0 of the link's deadline field and minute 0 of a receipt's completion time. */
export const EPOCH_MS = Date.UTC(2020, 0, 1);
/** The last day (2100-12-31) a link may name, as days since 2020-01-01. */
export const LAST_DAY = Math.round((Date.UTC(2100, 11, 31) - EPOCH_MS) / DAY_MS);
/** The last minute of 2100 (UTC) a receipt may carry, as minutes since 2020-01-01. */
export const LAST_MINUTE = (Date.UTC(2101, 0, 1) - EPOCH_MS) / 60_000 - 1;
/** The latest completion time a receipt may carry, ms since 1970. */
export const LATEST_MS = EPOCH_MS + LAST_MINUTE * 60_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 2020-01-01 for a YYYY-MM-DD date, or null when it is not a real calendar date. */
export function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date || ms < EPOCH_MS) return null;
  const day = Math.round((ms - EPOCH_MS) / DAY_MS);
  return day > LAST_DAY ? null : day;
}

/** YYYY-MM-DD of a day number, or null outside 2020-01-01 … 2100-12-31. */
export function dayDate(day: number): string | null {
  if (!Number.isInteger(day) || day < 0 || day > LAST_DAY) return null;
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

/** "2026-12-01 16:27" in China time; a dash for a time no receipt can carry, never an exception. */
export function chinaDateTime(ms: number): string {
  if (!Number.isFinite(ms) || ms < EPOCH_MS || ms > LATEST_MS) return '—';
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
