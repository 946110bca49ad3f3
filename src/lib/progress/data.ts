/**
 * The trainee's progress, as stored in the browser and in export files. Every stored shape has
 * a version; `decodeProgress` is the one gate all stored or imported data passes through.
 */
import type { Response } from '../quiz/types';

export const PROGRESS_VERSION = 1;

export interface LastTest {
  seed: number;
  size: number;
  responses: Record<string, Response>;
  percent: number;
  passed: boolean;
  at: string;
}

export interface ModuleProgress {
  /** Best test score, 0–100. */
  best: number;
  attempts: number;
  passed: boolean;
  /** The latest test, enough to rebuild its paper and review after a reload. */
  last?: LastTest;
}

export interface WrongEntry {
  module: string;
  /** Right answers in a row since the last mistake; two take the question out of the book. */
  streak: number;
  at: string;
}

export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  modules: Record<string, ModuleProgress>;
  wrong: Record<string, WrongEntry>;
}

export const emptyProgress = (): ProgressData => ({ version: PROGRESS_VERSION, modules: {}, wrong: {} });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScore = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isResponse = (v: unknown) =>
  v === null || typeof v === 'boolean' || isCount(v) || (Array.isArray(v) && v.every(isCount));

function isLastTest(v: unknown): v is LastTest {
  return (
    isObject(v) &&
    isCount(v.seed) &&
    isCount(v.size) &&
    isScore(v.percent) &&
    typeof v.passed === 'boolean' &&
    typeof v.at === 'string' &&
    isObject(v.responses) &&
    Object.values(v.responses).every(isResponse)
  );
}

function isModuleProgress(v: unknown): v is ModuleProgress {
  return (
    isObject(v) &&
    isScore(v.best) &&
    isCount(v.attempts) &&
    typeof v.passed === 'boolean' &&
    (v.last === undefined || isLastTest(v.last))
  );
}

function isWrongEntry(v: unknown): v is WrongEntry {
  return isObject(v) && typeof v.module === 'string' && isCount(v.streak) && typeof v.at === 'string';
}

export type Decoded = { ok: true; data: ProgressData } | { ok: false; reason: 'newer' | 'invalid' };

/** Checks stored or imported progress. Unknown shapes are rejected, never guessed at. */
export function decodeProgress(value: unknown): Decoded {
  if (!isObject(value) || typeof value.version !== 'number') return { ok: false, reason: 'invalid' };
  if (value.version > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
  // Version 1 is the first; a future version 2 adds its upgrade from 1 here.
  if (value.version !== 1) return { ok: false, reason: 'invalid' };
  const { modules, wrong } = value;
  if (!isObject(modules) || !Object.values(modules).every(isModuleProgress)) return { ok: false, reason: 'invalid' };
  if (!isObject(wrong) || !Object.values(wrong).every(isWrongEntry)) return { ok: false, reason: 'invalid' };
  return {
    ok: true,
    data: { version: 1, modules: modules as ProgressData['modules'], wrong: wrong as ProgressData['wrong'] },
  };
}
