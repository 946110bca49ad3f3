/**
 * The trainee's progress, as stored in the browser and carried in export files. Every stored
 * shape has a version and a decoder; `decodeProgress` is the one gate all stored or imported
 * data passes through, and it always answers in the current version (older records are
 * upgraded in memory, see v1.ts). It never throws and never accepts a shape it does not know.
 */
import type { Response } from '../quiz/types';
import { isCount, isObject, isResponse, isScore, isText, isWrongEntry, recordOf } from './guards';
import { emptyPractice, isPracticeData, type PracticeData } from './practice-record';
import { upgradeV1 } from './v1';

export type { Card, PracticeData } from './practice-record';

/** 3: adds `practice` (每日一练). 2: profile, lessons, papers and drafts. 1: scores and 错题本 (v1.ts). */
export const PROGRESS_VERSION = 3;

/** One question as it stood on a paper: its id and the order its options were shown in. */
export interface PaperQuestion {
  id: string;
  /** Display position → option index; empty when unknown (tests upgraded from version 1). */
  order: number[];
}

/** Who this record belongs to, as the trainee typed it (carried in exports and receipts). */
export interface Profile {
  name: string;
  unit: string;
}

/** A handed-in test: the paper as it was taken, the answers and the score. */
export interface TestRecord {
  paper: PaperQuestion[];
  responses: Record<string, Response>;
  /** Ids of the questions answered wrong (blank counts as wrong). */
  wrong: string[];
  percent: number;
  passed: boolean;
  /** When it was handed in (ISO time). */
  at: string;
  /** When it was started (ISO time); absent for tests upgraded from version 1. */
  startedAt?: string;
  /** The seed of a version-1 test, kept so nothing stored is dropped. */
  seed?: number;
}

export interface ModuleProgress {
  /** Best test score, 0–100. */
  best: number;
  attempts: number;
  passed: boolean;
  /** When the best score was first reached. */
  bestAt?: string;
  /** When the module's test was first passed: the completion time a receipt reports. */
  passedAt?: string;
  /** The latest handed-in test, reopened as it was after a reload or a content update. */
  last?: TestRecord;
}

/** A test in progress, saved on every answer so a reload or WeChat's page refresh loses nothing. */
export interface Draft {
  paper: PaperQuestion[];
  responses: Record<string, Response>;
  startedAt: string;
  savedAt: string;
}

export interface WrongEntry {
  module: string;
  /** Right answers in a row since the last mistake; two take the question out of the book. */
  streak: number;
  at: string;
}

export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  profile: Profile | null;
  /** Lessons read, by lesson id ("module/lesson"), with when. */
  lessons: Record<string, { at: string }>;
  modules: Record<string, ModuleProgress>;
  /** 错题本, by question id. */
  wrong: Record<string, WrongEntry>;
  /** Tests in progress, by module id. */
  drafts: Record<string, Draft>;
  /** 每日一练: schedules, days done, today's set (version 3). */
  practice: PracticeData;
}

/** The fields of version 2, which every later version keeps as they were. */
export type ProgressV2 = Omit<ProgressData, 'version' | 'practice'>;

export const emptyProgress = (): ProgressData => ({
  version: PROGRESS_VERSION,
  profile: null,
  lessons: {},
  modules: {},
  wrong: {},
  drafts: {},
  practice: emptyPractice(),
});

const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const isPaper = (v: unknown) =>
  Array.isArray(v) && v.every((q) => isObject(q) && isText(q.id) && Array.isArray(q.order) && q.order.every(isCount));
const isResponses = recordOf(isResponse);

const isTestRecord = (v: unknown) =>
  isObject(v) &&
  isPaper(v.paper) &&
  isResponses(v.responses) &&
  Array.isArray(v.wrong) &&
  v.wrong.every(isText) &&
  isScore(v.percent) &&
  typeof v.passed === 'boolean' &&
  isText(v.at) &&
  optional(v.startedAt, isText) &&
  optional(v.seed, isCount);

const isModule = (v: unknown) =>
  isObject(v) &&
  isScore(v.best) &&
  isCount(v.attempts) &&
  typeof v.passed === 'boolean' &&
  optional(v.bestAt, isText) &&
  optional(v.passedAt, isText) &&
  optional(v.last, isTestRecord);

const isDraft = (v: unknown) =>
  isObject(v) && isPaper(v.paper) && isResponses(v.responses) && isText(v.startedAt) && isText(v.savedAt);

const isProfile = (v: unknown) => v === null || (isObject(v) && isText(v.name) && isText(v.unit));

const isV2 = (v: Record<string, unknown>) =>
  isProfile(v.profile) &&
  recordOf((l) => isObject(l) && isText(l.at))(v.lessons) &&
  recordOf(isModule)(v.modules) &&
  recordOf(isWrongEntry)(v.wrong) &&
  recordOf(isDraft)(v.drafts);

export type Decoded = { ok: true; data: ProgressData } | { ok: false; reason: 'newer' | 'invalid' };

/** Checks stored or imported progress of any known version and returns it in the current one. */
export function decodeProgress(value: unknown): Decoded {
  if (!isObject(value) || !isCount(value.version)) return { ok: false, reason: 'invalid' };
  if (value.version > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
  const v2: ProgressV2 | null =
    value.version === 1
      ? upgradeV1(value)
      : value.version >= 2 && isV2(value)
        ? (value as unknown as ProgressV2)
        : null;
  if (!v2) return { ok: false, reason: 'invalid' };
  if (value.version === 3 && !isPracticeData(value.practice)) return { ok: false, reason: 'invalid' };
  const practice = value.version === 3 ? (value.practice as PracticeData) : emptyPractice();
  const { profile, lessons, modules, wrong, drafts } = v2;
  return { ok: true, data: { version: PROGRESS_VERSION, profile, lessons, modules, wrong, drafts, practice } };
}
