/**
 * Task links: a trainer's assignment lives entirely in the URL, never on a server.
 *
 * Promise: `decodeTask` and `parseTaskFromUrl` never throw. Any string gives either the task the
 * trainer encoded, byte for byte, or a Chinese message that says what is wrong and what to do.
 *
 * Payload (base64url): version byte, then the fields of that version in order, then a CRC-16 of
 * everything before it. Every version keeps the trailing CRC-16, so damage is told apart from a
 * newer version. Version 1: title, unit (texts), deadline (varint: days since 2020-01-01 plus
 * one, 0 = none; at most 2100-12-31), pass mark (byte), module codes (varint count, then texts),
 * note (text).
 */
import { ByteReader, BytesError, ByteWriter, checkedBody, isPlainText, shortId, withChecksum } from './bytes.ts';
import { fromBase64Url, toBase64Url } from '../base64url.ts';
import { fnv1a32 } from '../hash.ts';
import { dayDate, dayNumber } from './dates.ts';

export const TASK_VERSION = 1;
/** The query or fragment parameter that carries the payload: /task/?t=… or /task/#t=… */
export const TASK_PARAM = 't';

export const TASK_LIMITS = { title: 40, unit: 30, note: 100, modules: 30, code: 12 } as const;
const CODE = /^[A-Za-z0-9_-]+$/;

export interface Task {
  /** 任务名称, e.g. 2026年换届培训第一期. */
  title: string;
  /** 发布单位, e.g. 某某县委组织部. */
  unit: string;
  /** Deadline day (YYYY-MM-DD, China time), or null for none. */
  deadline: string | null;
  /** Percentage needed to pass each assigned module test, 1–100. */
  passMark: number;
  /** The assigned modules' `code`s, in study order. */
  modules: string[];
  /** A short note from the trainer; may be empty. */
  note: string;
}

export type TaskResult =
  | { ok: true; task: Task; id: string; payload: string }
  | { ok: false; reason: 'missing' | 'damaged' | 'newer'; error: string };

/** What is wrong with a task before it is encoded, in Chinese for the trainer's form; empty if fine. */
export function taskProblems(task: Task): string[] {
  const problems: string[] = [];
  const text = (value: string, label: string, max: number, required: boolean) => {
    if (required && !value.trim()) problems.push(`请填写${label}。`);
    if (value.length > max) problems.push(`${label}最多 ${max} 个字。`);
    if (!isPlainText(value)) problems.push(`${label}中有无法显示的字符（如换行），请删去。`);
  };
  text(task.title, '任务名称', TASK_LIMITS.title, true);
  text(task.unit, '发布单位', TASK_LIMITS.unit, true);
  text(task.note, '说明', TASK_LIMITS.note, false);
  if (task.deadline !== null && dayNumber(task.deadline) === null) problems.push('截止日期无效。');
  if (!Number.isInteger(task.passMark) || task.passMark < 1 || task.passMark > 100) {
    problems.push('及格线应为 1 到 100 之间的整数。');
  }
  if (task.modules.length === 0) problems.push('请至少选择一个模块。');
  if (task.modules.length > TASK_LIMITS.modules) problems.push(`最多选择 ${TASK_LIMITS.modules} 个模块。`);
  if (new Set(task.modules).size !== task.modules.length) problems.push('模块有重复。');
  if (task.modules.some((c) => !CODE.test(c) || c.length > TASK_LIMITS.code)) problems.push('模块代码无效。');
  return problems;
}

/** The base64url payload of a task. Throws RangeError when `taskProblems` is not empty. */
export function encodeTask(task: Task): string {
  const problems = taskProblems(task);
  if (problems.length) throw new RangeError(problems.join(' '));
  const w = new ByteWriter().byte(TASK_VERSION).text(task.title).text(task.unit);
  w.varint(task.deadline === null ? 0 : dayNumber(task.deadline)! + 1).byte(task.passMark);
  w.varint(task.modules.length);
  for (const code of task.modules) w.text(code);
  w.text(task.note);
  return toBase64Url(withChecksum(w.bytes()));
}

/** Six characters (Crockford base32) that name a task in receipts; the same payload, the same id. */
export function taskIdOf(payload: string): string {
  const bytes = fromBase64Url(payload);
  return shortId(fnv1a32(bytes ?? new TextEncoder().encode(payload)));
}

const MESSAGES = {
  missing: '链接里没有任务内容。请从培训组织者发来的消息中完整复制链接，或直接点开原消息里的链接。',
  damaged:
    '任务链接不完整或有改动（可能复制时少了几个字符）。请回到原消息，长按链接选择“复制”后重新打开，或请培训组织者重新发送。',
  newer: '这个任务链接由新版网站生成，当前页面读不懂。请刷新页面（或清除浏览器缓存）后再打开。',
} as const;

const fail = (reason: keyof typeof MESSAGES): TaskResult => ({ ok: false, reason, error: MESSAGES[reason] });

function readV1(r: ByteReader): Task {
  const title = r.text(TASK_LIMITS.title);
  const unit = r.text(TASK_LIMITS.unit);
  const day = r.varint();
  const deadline = day === 0 ? null : dayDate(day - 1);
  if (day !== 0 && deadline === null) throw new BytesError('deadline out of range');
  const passMark = r.byte();
  const count = r.varint();
  if (count < 1 || count > TASK_LIMITS.modules) throw new BytesError('module count');
  const modules: string[] = [];
  for (let i = 0; i < count; i++) modules.push(r.text(TASK_LIMITS.code));
  const note = r.text(TASK_LIMITS.note);
  const task: Task = { title, unit, deadline, passMark, modules, note };
  if (!r.done() || taskProblems(task).length) throw new BytesError('invalid task');
  return task;
}

/** Decodes a payload (the part after t=). */
export function decodeTask(payload: string): TaskResult {
  if (!payload) return fail('missing');
  if (payload.length > 1000) return fail('damaged');
  const bytes = fromBase64Url(payload);
  const body = bytes && checkedBody(bytes);
  if (!body) return fail('damaged');
  if (body[0] !== TASK_VERSION) return body[0]! > TASK_VERSION ? fail('newer') : fail('damaged');
  try {
    const task = readV1(new ByteReader(body.subarray(1)));
    return { ok: true, task, id: taskIdOf(payload), payload };
  } catch {
    // A BytesError, or anything a crafted body with a valid checksum provokes: the link is damaged.
    return fail('damaged');
  }
}

const PARAM = new RegExp(`(?:^|[?#&;/\\s])${TASK_PARAM}=([A-Za-z0-9_-]*)`, 'g');

/**
 * Finds the payload in a whole link or in text around it: in the fragment (#t=…) or a query
 * parameter (?t=…), whatever WeChat appended (from=, isappinstalled=, nsukey=…) or wrapped it in,
 * and also when the link was percent-encoded once. The first candidate that decodes wins.
 */
export function parseTaskFromUrl(href: string): TaskResult {
  const text = href.length > 20_000 ? href.slice(0, 20_000) : href;
  const candidates = [...text.matchAll(PARAM)].map((m) => m[1]!);
  if (candidates.length === 0 && /%[0-9a-f]{2}/i.test(text)) {
    try {
      candidates.push(...[...decodeURIComponent(text).matchAll(PARAM)].map((m) => m[1]!));
    } catch {
      // Not valid percent-encoding: nothing more to find.
    }
  }
  let first: TaskResult | null = null;
  for (const candidate of candidates) {
    const result = decodeTask(candidate);
    if (result.ok) return result;
    first ??= result;
  }
  return first ?? fail('missing');
}

/** The task page path relative to the site base, e.g. `task/?t=AbC…` (pass through `href`). */
export function taskPath(payload: string): string {
  return `task/?${TASK_PARAM}=${payload}`;
}
