/**
 * The trainee's progress, as stored in the browser and carried in export files. Every stored
 * shape has a version and a decoder; `decodeProgress` is the one gate all stored or imported
 * data passes through, and it always answers in the current version (older records are
 * upgraded in memory, see v1.ts). It never throws and never accepts a shape it does not know.
 */
import type { Response } from '../quiz/types';
import type { Decoded } from '../storage/record-store';
import { isCount, isObject, isResponse, isScore, isText, recordOf } from './guards';
import { upgradeV1 } from './v1';

export const PROGRESS_VERSION = 2;

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
}

export const emptyProgress = (): ProgressData => ({
  version: PROGRESS_VERSION,
  profile: null,
  lessons: {},
  modules: {},
  wrong: {},
  drafts: {},
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

export const isWrongEntry = (v: unknown) => isObject(v) && isText(v.module) && isCount(v.streak) && isText(v.at);

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

/** Checks stored or imported progress of any known version and returns it in the current one. */
export function decodeProgress(value: unknown): Decoded<ProgressData> {
  if (!isObject(value) || !isCount(value.version)) return { ok: false, reason: 'invalid' };
  if (value.version > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
  if (value.version === 2 && isV2(value)) {
    const { profile, lessons, modules, wrong, drafts } = value as unknown as ProgressData;
    return { ok: true, data: { version: 2, profile, lessons, modules, wrong, drafts } };
  }
  const upgraded = value.version === 1 ? upgradeV1(value) : null;
  return upgraded ? { ok: true, data: upgraded } : { ok: false, reason: 'invalid' };
}
