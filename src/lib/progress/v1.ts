/**
 * Version 1 of the stored progress (the first site, up to this file): test scores, the last
 * test as a seed, and the 错题本. A readable version-1 record is upgraded whole, never dropped;
 * the store writes it back in the current version on its first change.
 */
import type { ModuleProgress, ProgressData, ProgressV2, TestRecord } from './types';
import { isCount, isObject, isResponse, isScore, isText, isWrongEntry, recordOf } from './guards';

interface LastTestV1 {
  seed: number;
  size: number;
  responses: Record<string, unknown>;
  percent: number;
  passed: boolean;
  at: string;
}

const isLastTest = (v: unknown) =>
  isObject(v) &&
  isCount(v.seed) &&
  isCount(v.size) &&
  isScore(v.percent) &&
  typeof v.passed === 'boolean' &&
  isText(v.at) &&
  recordOf(isResponse)(v.responses);

const isModule = (v: unknown) =>
  isObject(v) &&
  isScore(v.best) &&
  isCount(v.attempts) &&
  typeof v.passed === 'boolean' &&
  (v.last === undefined || isLastTest(v.last));

/**
 * Upgrades a version-1 record, or returns null if it is not one. Version 1 kept the paper as a
 * seed over the bank of its day; the question ids survive as the keys of its answers (one per
 * question, blanks included), and its wrong ids are the paper's entries in the 错题本 stamped at
 * the same moment as the test (v1 wrote both at once) — a lower bound if later practice removed one.
 */
export function upgradeV1(value: Record<string, unknown>): ProgressV2 | null {
  const { modules, wrong } = value;
  if (!recordOf(isModule)(modules) || !recordOf(isWrongEntry)(wrong)) return null;
  const book = wrong as ProgressData['wrong'];
  const upgraded: Record<string, ModuleProgress> = {};
  for (const [id, m] of Object.entries(modules as Record<string, ModuleProgress & { last?: LastTestV1 }>)) {
    const { best, attempts, passed, last } = m;
    upgraded[id] = { best, attempts, passed, ...(last ? { last: upgradeTest(last, book) } : {}) };
  }
  return { profile: null, lessons: {}, modules: upgraded, wrong: book, drafts: {} };
}

function upgradeTest(last: LastTestV1, book: ProgressData['wrong']): TestRecord {
  const ids = Object.keys(last.responses);
  return {
    paper: ids.map((id) => ({ id, order: [] })),
    responses: last.responses as TestRecord['responses'],
    wrong: ids.filter((id) => book[id]?.at === last.at),
    percent: last.percent,
    passed: last.passed,
    at: last.at,
    seed: last.seed,
  };
}
