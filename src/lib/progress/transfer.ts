/**
 * Moving a record between devices: as a file, or — inside WeChat, where downloads fail — as a
 * text code to copy and paste. Both name their format and version; anything bad is rejected
 * with a Chinese reason and changes nothing. Merging keeps everything either side has.
 */
import { fromBase64Url, toBase64Url } from '../base64url';
import { fnv1a32Utf16 } from '../hash';
import { KEPT_DAYS } from './practice-record';
import { decodeProgress, type PracticeData, type ProgressData, type Profile } from './record';
import { personKey } from '../task/person-key';

export const FILE_FORMAT = 'hj-training-progress';
export const FILE_VERSION = 1;
/** A real file is a few KB; anything this large is not ours. */
export const MAX_FILE_BYTES = 1024 * 1024;

export function exportProgress(data: ProgressData, exportedAt: string): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt, progress: data }, null, 2);
}

export type Imported = { ok: true; data: ProgressData; exportedAt: string } | { ok: false; error: string };

const NEWER = '这份学习记录来自更新版本的网站，当前页面无法读取。请刷新页面后再导入。';

export function importProgress(text: string): Imported {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: '文件太大，不是本网站导出的学习记录。' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: '文件内容无法识别：它不是本网站导出的学习记录文件（JSON 格式有误）。' };
  }
  const f = file as { format?: unknown; version?: unknown; exportedAt?: unknown; progress?: unknown };
  if (typeof file !== 'object' || file === null || f.format !== FILE_FORMAT) {
    return { ok: false, error: '这不是本网站导出的学习记录文件。请选择以“学习记录”开头、扩展名为 .json 的文件。' };
  }
  if (!Number.isInteger(f.version) || (f.version as number) < 1) {
    return { ok: false, error: '文件缺少有效的版本号，可能已被改动或损坏，无法导入。' };
  }
  if ((f.version as number) > FILE_VERSION) return { ok: false, error: NEWER };
  const decoded = decodeProgress(f.progress);
  if (!decoded.ok) {
    return { ok: false, error: decoded.reason === 'newer' ? NEWER : '文件中的学习记录不完整或已损坏，无法导入。' };
  }
  return { ok: true, data: decoded.data, exportedAt: typeof f.exportedAt === 'string' ? f.exportedAt : '' };
}

/** Text codes start with this, then the code version: `HJXL1.<base64url JSON>.<checksum>`. */
const CODE = /HJXL(\d+)\.([A-Za-z0-9_-]*)\.([0-9a-z]{1,7})/;
const CODE_VERSION = 1;

const DAMAGED_CODE = '学习记录码不完整或有改动：请重新完整复制后再粘贴。';

/** FNV-1a in base 36: catches a truncated or mistyped code, not a forged one. */
const checksum = (text: string) => fnv1a32Utf16(text).toString(36);

/** The same record as `exportProgress`, as one line of text that survives a chat message. */
export function exportCode(data: ProgressData, exportedAt: string): string {
  const body = toBase64Url(
    new TextEncoder().encode(
      JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt, progress: data }),
    ),
  );
  return `HJXL${CODE_VERSION}.${body}.${checksum(body)}`;
}

/** Reads a code pasted on its own or inside chat text; line breaks a chat added are ignored. */
export function importCode(text: string): Imported {
  if (text.length > MAX_FILE_BYTES * 2) return { ok: false, error: '粘贴的内容太长，不是本网站的学习记录码。' };
  const match = CODE.exec(text.replace(/\s+/g, ''));
  if (!match) return { ok: false, error: '没有找到学习记录码：请粘贴以“HJXL”开头的整段文字。' };
  const [, version, body, sum] = match;
  if (Number(version) > CODE_VERSION) return { ok: false, error: NEWER };
  const bytes = Number(version) === CODE_VERSION && checksum(body!) === sum ? fromBase64Url(body!) : null;
  if (!bytes) return { ok: false, error: DAMAGED_CODE };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: DAMAGED_CODE };
  }
  return importProgress(json);
}

/** True when both records name someone and they are not the same person (or unit). */
export const differentPerson = (ours: Profile | null, theirs: Profile | null): boolean =>
  !!ours &&
  !!theirs &&
  (personKey(ours.name) !== personKey(theirs.name) || personKey(ours.unit) !== personKey(theirs.unit));

/**
 * Why merging `incoming` into `current` needs the trainee's explicit yes (null when it does not):
 * the two records name different people, or this device's record has results but no name while
 * the incoming one names someone, so merging would file this device's results under that name.
 */
export type MergeRisk = { kind: 'other' | 'unnamed'; person: Profile } | null;

export function mergeRisk(current: ProgressData, incoming: ProgressData): MergeRisk {
  const theirs = incoming.profile;
  if (!theirs) return null;
  if (current.profile) return differentPerson(current.profile, theirs) ? { kind: 'other', person: theirs } : null;
  const hasResults = [current.modules, current.wrong, current.lessons, current.practice.cards].some(
    (part) => Object.keys(part).length > 0,
  );
  return hasResults ? { kind: 'unnamed', person: theirs } : null;
}

const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const later = <T extends { at: string }>(a?: T, b?: T) => (!a ? b : !b ? a : b.at > a.at ? b : a);

/** Schedules: each question's latest answer wins; days practised on either device all count. */
function mergePractice(ours: PracticeData, theirs: PracticeData): PracticeData {
  const cards = { ...ours.cards };
  for (const [id, card] of Object.entries(theirs.cards)) {
    const mine = cards[id];
    if (!mine || card.reviewed > mine.reviewed || (card.reviewed === mine.reviewed && card.reps > mine.reps))
      cards[id] = card;
  }
  const days = [...new Set([...ours.days, ...theirs.days])].sort().slice(-KEPT_DAYS);
  const today = !theirs.today || (ours.today && ours.today.day >= theirs.today.day) ? ours.today : theirs.today;
  return { cards, days, today, size: ours.size, focus: ours.focus.length ? ours.focus : theirs.focus };
}

/** Combines progress from two devices without losing anything either one has. */
export function mergeProgress(current: ProgressData, incoming: ProgressData): ProgressData {
  const modules = { ...current.modules };
  for (const [id, theirs] of Object.entries(incoming.modules)) {
    const ours = modules[id];
    if (!ours) {
      modules[id] = theirs;
      continue;
    }
    const last = later(ours.last, theirs.last);
    const bestAt =
      ours.best === theirs.best
        ? earlier(ours.bestAt, theirs.bestAt)
        : (ours.best > theirs.best ? ours : theirs).bestAt;
    const passedAt = earlier(ours.passedAt, theirs.passedAt);
    modules[id] = {
      best: Math.max(ours.best, theirs.best),
      attempts: Math.max(ours.attempts, theirs.attempts),
      passed: ours.passed || theirs.passed,
      ...(bestAt ? { bestAt } : {}),
      ...(passedAt ? { passedAt } : {}),
      ...(last ? { last } : {}),
    };
  }
  const wrong = { ...current.wrong };
  for (const [id, theirs] of Object.entries(incoming.wrong)) wrong[id] = later(wrong[id], theirs)!;
  const lessons = { ...current.lessons };
  for (const [id, theirs] of Object.entries(incoming.lessons))
    lessons[id] = { at: earlier(lessons[id]?.at, theirs.at)! };
  return {
    ...current,
    profile: current.profile ?? incoming.profile,
    lessons,
    modules,
    wrong,
    drafts: { ...incoming.drafts, ...current.drafts },
    practice: mergePractice(current.practice, incoming.practice),
  };
}
