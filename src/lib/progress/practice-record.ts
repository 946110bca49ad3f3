/**
 * The 每日一练 part of the record (added in version 3): a schedule per question answered, the
 * days a daily set was finished, and today's set so it stays the same all day. Days are China
 * dates (YYYY-MM-DD), like task deadlines, whatever the device's zone.
 */
import { isCount, isObject, isText, recordOf } from './guards';

/** One question's schedule: its FSRS memory and when it is due again (lib/practice/schedule.ts). */
export interface Card {
  module: string;
  /** FSRS stability: days until recall falls to 90 %. */
  stability: number;
  /** FSRS difficulty, 1–10. */
  difficulty: number;
  /** Day of the latest answer that counted. */
  reviewed: string;
  /** Day it is asked again. */
  due: string;
  /** Answers counted so far. */
  reps: number;
}

export const SET_SIZES = [5, 10, 20] as const;
export type SetSize = (typeof SET_SIZES)[number];

/**
 * Where new questions come from: the modules (ids, in study order) of the task or role path
 * practice was last opened from; empty when it was opened from neither.
 */
export type Focus = string[];

export interface PracticeData {
  /** By question id; kept for retired questions too (they are only left out of sets). */
  cards: Record<string, Card>;
  /** Days a daily set was finished, ascending (the latest `KEPT_DAYS`). */
  days: string[];
  /** Today's set: the same questions on every visit that day. */
  today: { day: string; ids: string[] } | null;
  size: SetSize;
  focus: Focus;
}

/** Enough days for any streak a 换届 round can produce, and a record stays small. */
export const KEPT_DAYS = 400;

export const emptyPractice = (): PracticeData => ({ cards: {}, days: [], today: null, size: 5, focus: [] });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown): v is string => isText(v) && DAY.test(v);
const isPositive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;

const isCard = (v: unknown) =>
  isObject(v) &&
  isText(v.module) &&
  isPositive(v.stability) &&
  isPositive(v.difficulty) &&
  isDay(v.reviewed) &&
  isDay(v.due) &&
  isCount(v.reps);

const isTexts = (v: unknown) => Array.isArray(v) && v.every(isText);

export const isPracticeData = (v: unknown): v is PracticeData =>
  isObject(v) &&
  recordOf(isCard)(v.cards) &&
  Array.isArray(v.days) &&
  v.days.every(isDay) &&
  (v.today === null || (isObject(v.today) && isDay(v.today.day) && isTexts(v.today.ids))) &&
  SET_SIZES.includes(v.size as SetSize) &&
  isTexts(v.focus);
