/**
 * The trainee's progress, as stored in the browser and carried in export files. Every stored
 * shape has a version and a decoder; `decodeProgress` is the one gate all stored or imported
 * data passes through, and it always answers in the current version (older records are
 * upgraded in memory, see v1.ts). It never throws and never accepts a shape it does not know.
 */
import { isCount, isObject, isResponse, isScore, isText, isWrongEntry, recordOf } from './guards';
import { emptyPractice, isPracticeData, type PracticeData } from './practice-record';
import { PROGRESS_VERSION, type ProgressData, type ProgressV2 } from './types';
import { upgradeV1 } from './v1';

export type { Card, PracticeData } from './practice-record';
export { emptyProgress, PROGRESS_VERSION } from './types';
export type {
  Draft,
  ModuleProgress,
  PaperQuestion,
  Profile,
  ProgressData,
  ProgressV2,
  TestRecord,
  WrongEntry,
} from './types';

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
