/**
 * The quiet 今日一练 link on the home page, a role path and the task page: the set size the
 * trainee chose, what is left of today's set, 今日已练 ✓ once it is done, and the days in a row.
 *
 * It reads the stored record itself, like learning-path/progress-marks.ts, because importing the
 * progress decoder would bring the quiz code onto reading pages. It reads only `practice`'s size,
 * today's set, the cards' `reviewed` day and the days done, of a record no newer than the site;
 * anything else (nothing saved, an older record without practice, damage) reads as a new trainee.
 * A unit test holds it to the decoder's reading. Never throws, never writes.
 */
import type { PracticeData } from '../progress/practice-record';
import type { SetSize } from '../progress/practice-record';
import { dayDone, streakDays, type PracticeDays } from './streak';

/**
 * practice-record.ts's SET_SIZES and emptyPractice's size, repeated: importing them puts the
 * record's guards, the quiz code and Preact in this script (a test holds them equal).
 */
export const LABEL_SIZES: readonly SetSize[] = [5, 10, 20];
export const DEFAULT_SET_SIZE: SetSize = 5;

export type PracticeView = PracticeDays & Pick<PracticeData, 'size'>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The practice part of the stored progress text; `version` is the newest the site reads. */
export function readPractice(stored: string | null, version: number): PracticeView | null {
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isObject(value) || !(typeof value.version === 'number' && value.version <= version)) return null;
  const p = value.practice;
  if (!isObject(p)) return null;
  const cards: PracticeView['cards'] = {};
  if (isObject(p.cards)) {
    for (const [id, card] of Object.entries(p.cards))
      if (isObject(card) && isDay(card.reviewed)) cards[id] = { reviewed: card.reviewed };
  }
  const t = p.today;
  const today =
    isObject(t) && isDay(t.day) && Array.isArray(t.ids) && t.ids.every((id) => typeof id === 'string')
      ? { day: t.day, ids: t.ids as string[] }
      : null;
  return {
    size: LABEL_SIZES.includes(p.size as SetSize) ? (p.size as SetSize) : DEFAULT_SET_SIZE,
    today,
    cards,
    days: Array.isArray(p.days) ? p.days.filter(isDay) : [],
  };
}

export interface DailyLabel {
  /** The link's words. */
  link: string;
  /** The quiet words beside it: the days in a row, or null when there are none. */
  streak: string | null;
}

/** What the link says on `day` (a China date) for `practice` (null: nothing saved yet). */
export function dailyLabel(practice: PracticeView | null, day: string): DailyLabel {
  if (!practice) return { link: `今日一练 · ${DEFAULT_SET_SIZE} 题`, streak: null };
  const days = streakDays(practice, day);
  const streak = days > 0 ? `已连续练习 ${days} 天` : null;
  const today = practice.today?.day === day ? practice.today.ids : null;
  // An empty set (nothing due, every question practised) is not a day practised.
  if (practice.days.includes(day) || (today?.length && dayDone(practice, day))) return { link: '今日已练 ✓', streak };
  const left = today?.filter((id) => (practice.cards[id]?.reviewed ?? '') < day).length;
  const size = `今日一练 · ${practice.size} 题`;
  return { link: left && left !== practice.size ? `${size}（今天还有 ${left} 题）` : size, streak };
}
