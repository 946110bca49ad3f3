/**
 * The shape of the trainee's progress record, version 3 (see record.ts for its decoder and
 * docs/formats.md for the rule for changing it). Apart from the decoders so version 1's upgrade
 * can name the current shape without importing the decoder that calls it. Two readers cannot
 * import the decoder without loading the quiz code, the inline script of every page and a role
 * path's marks (learning-path/progress-marks.ts): they read only `modules[id].best`,
 * `modules[id].passed` and `lessons[id]` of a version up to PROGRESS_VERSION (filled in from here
 * at build time), the same in every version so far; tests/unit/page-inline-marks.test.ts holds
 * both to the decoder's reading.
 */
import type { Response } from '../quiz/types';
import { emptyPractice, type PracticeData } from './practice-record';

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
