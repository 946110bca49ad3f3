/**
 * Receipts (回执): what a trainee sends back in the chat group, as a short code the results page
 * can pick out of any pasted text.
 *
 * Promise: `decodeReceipt` and `findReceipts` never throw. A code decodes to exactly what the
 * trainee's page encoded, or is reported damaged with a Chinese reason. The checksum catches
 * copying accidents, not forgery: grading runs in the trainee's browser.
 *
 * Text form: `HJR<version>-<base64url>`; the version is in the prefix so a newer code is
 * recognised as newer, not as damage. Version 1 body: task id (uint32), name, unit (texts),
 * completion time (varint: minutes since 2020-01-01 UTC, at most the end of 2100), flags (byte:
 * 1 = partial), modules (varint count; each: code text, best score byte 0–100 or 255 = no
 * attempt, wrong question numbers as a varint count and ascending gaps), then a CRC-16 of it all.
 * Version 2 (what is written now) adds to each module, after its wrong numbers, the lessons read
 * and the lessons the module has (two varints; 0 and 0 when not reported). Version 1 codes still
 * decode, without lessons.
 */
import {
  ByteReader,
  BytesError,
  ByteWriter,
  checkedBody,
  isPlainText,
  parseShortId,
  shortId,
  withChecksum,
} from './bytes.ts';
import { fromBase64Url, toBase64Url } from '../base64url.ts';
import { PROFILE_LIMITS } from '../progress/profile.ts';
import { profileProblems } from '../progress/profile-problems.ts';
import { EPOCH_MS, LAST_MINUTE, LATEST_MS } from './dates.ts';

export const RECEIPT_VERSION = 2;
export const RECEIPT_PREFIX = 'HJR';
/** Name and unit share the profile's limits, so a name 学习记录 accepts always fits a receipt. */
export const RECEIPT_LIMITS = {
  ...PROFILE_LIMITS,
  modules: 30,
  code: 12,
  wrong: 200,
  question: 9999,
  lessons: 500,
} as const;

const MINUTE_MS = 60_000;
const NO_SCORE = 255;
/** What a module code may hold, in receipts and path certificates alike. */
export const MODULE_CODE = /^[A-Za-z0-9_-]+$/;

export interface ReceiptModule {
  /** The module's `code`. */
  code: string;
  /** Best percentage so far, or null when the trainee has not taken the test. */
  best: number | null;
  /** Numbers of the questions answered wrong in the final attempt (`overview-04` → 4), ascending. */
  wrong: number[];
  /** Lessons marked read of the module's lessons; absent in version-1 codes, which did not carry it. */
  lessons?: { read: number; total: number };
}

export interface Receipt {
  /** `taskIdOf` of the task link this receipt answers. */
  taskId: string;
  name: string;
  unit: string;
  /** When the receipt was made, ms since 1970, rounded down to the minute. */
  completedAt: number;
  /** True when not every assigned test is passed yet (progress so far). */
  partial: boolean;
  modules: ReceiptModule[];
}

/** What is wrong with a receipt before encoding, in Chinese for the trainee's form; empty if fine. */
export function receiptProblems(r: Receipt): string[] {
  const problems: string[] = [];
  if (parseShortId(r.taskId) === null) problems.push('任务编号无效。');
  problems.push(...profileProblems(r));
  if (!isPlainText(r.name) || !isPlainText(r.unit)) problems.push('姓名或单位中有无法显示的字符，请删去。');
  if (!Number.isSafeInteger(r.completedAt) || r.completedAt < EPOCH_MS || r.completedAt >= LATEST_MS + MINUTE_MS) {
    problems.push('完成时间无效。');
  }
  if (r.modules.length === 0 || r.modules.length > RECEIPT_LIMITS.modules) problems.push('模块数量无效。');
  for (const m of r.modules) {
    if (!MODULE_CODE.test(m.code) || m.code.length > RECEIPT_LIMITS.code) problems.push(`模块代码 ${m.code} 无效。`);
    if (m.best !== null && (!Number.isInteger(m.best) || m.best < 0 || m.best > 100)) problems.push('分数无效。');
    const ascending = m.wrong.every((n, i) => i === 0 || n > m.wrong[i - 1]!);
    const inRange = m.wrong.every((n) => Number.isInteger(n) && n >= 0 && n <= RECEIPT_LIMITS.question);
    if (!ascending || !inRange || m.wrong.length > RECEIPT_LIMITS.wrong) problems.push('错题编号无效。');
    const l = m.lessons;
    const count = (n: number) => Number.isInteger(n) && n >= 0 && n <= RECEIPT_LIMITS.lessons;
    if (l && (!count(l.read) || !count(l.total) || l.total === 0 || l.read > l.total)) problems.push('已读课数无效。');
  }
  if (new Set(r.modules.map((m) => m.code)).size !== r.modules.length) problems.push('模块有重复。');
  return problems;
}

/** The text code. Throws RangeError when `receiptProblems` is not empty; seconds are dropped. */
export function encodeReceipt(r: Receipt): string {
  const problems = receiptProblems(r);
  if (problems.length) throw new RangeError(problems.join(' '));
  const w = new ByteWriter().uint32(parseShortId(r.taskId)!).text(r.name).text(r.unit);
  w.varint(Math.floor((r.completedAt - EPOCH_MS) / MINUTE_MS)).byte(r.partial ? 1 : 0);
  w.varint(r.modules.length);
  for (const m of r.modules) {
    w.text(m.code)
      .byte(m.best ?? NO_SCORE)
      .varint(m.wrong.length);
    m.wrong.forEach((n, i) => w.varint(i === 0 ? n : n - m.wrong[i - 1]!));
    w.varint(m.lessons?.read ?? 0).varint(m.lessons?.total ?? 0);
  }
  return `${RECEIPT_PREFIX}${RECEIPT_VERSION}-${toBase64Url(withChecksum(w.bytes()))}`;
}

export type ReceiptResult = { ok: true; receipt: Receipt } | { ok: false; reason: 'damaged' | 'newer'; error: string };

const MESSAGES = {
  damaged: '回执码不完整或有改动（可能复制时少了或改了字符），请让学员重新复制发送。',
  newer: '这份回执由新版网站生成，当前页面读不懂。请刷新本页（或清除浏览器缓存）后再粘贴。',
  short: '回执码太短，可能只复制了开头，请让学员重新复制完整的回执码。',
} as const;

/** Reads a body of version 1 or 2 (the same but for each module's lessons). */
function readBody(r: ByteReader, version: number): Receipt {
  const taskNumber = r.uint32();
  // Task ids are 30 bits; a set top bit is damage, not another task.
  if (taskNumber >= 2 ** 30) throw new BytesError('task id');
  const taskId = shortId(taskNumber);
  const name = r.text(RECEIPT_LIMITS.name);
  const unit = r.text(RECEIPT_LIMITS.unit);
  const minute = r.varint();
  if (minute > LAST_MINUTE) throw new BytesError('completion time out of range');
  const completedAt = EPOCH_MS + minute * MINUTE_MS;
  const flags = r.byte();
  if (flags > 1) throw new BytesError('flags');
  const count = r.varint();
  if (count > RECEIPT_LIMITS.modules) throw new BytesError('module count');
  const modules: ReceiptModule[] = [];
  for (let i = 0; i < count; i++) {
    const code = r.text(RECEIPT_LIMITS.code);
    const score = r.byte();
    const wrongCount = r.varint();
    if (wrongCount > RECEIPT_LIMITS.wrong) throw new BytesError('wrong count');
    const wrong: number[] = [];
    for (let k = 0; k < wrongCount; k++) wrong.push(k === 0 ? r.varint() : wrong[k - 1]! + r.varint());
    const module: ReceiptModule = { code, best: score === NO_SCORE ? null : score, wrong };
    // 0 of 0: the sender did not report lessons (a module always has some).
    const lessons = version >= 2 ? { read: r.varint(), total: r.varint() } : { read: 0, total: 0 };
    if (lessons.total > 0) module.lessons = lessons;
    modules.push(module);
  }
  const receipt: Receipt = { taskId, name, unit, completedAt, partial: flags === 1, modules };
  if (!r.done() || receiptProblems(receipt).length) throw new BytesError('invalid receipt');
  return receipt;
}

// The results page decodes every kept code again after each paste; a code always decodes the same.
const decoded = new Map<string, ReceiptResult>();
const MAX_CACHED = 50_000;

/** Decodes one code (`HJR2-…` or `HJR1-…`), surrounding whitespace allowed. Callers must not change the result. */
export function decodeReceipt(code: string): ReceiptResult {
  const cached = decoded.get(code);
  if (cached) return cached;
  const result = decodeUncached(code);
  if (decoded.size >= MAX_CACHED) decoded.clear();
  decoded.set(code, result);
  return result;
}

function decodeUncached(code: string): ReceiptResult {
  const m = /^HJR(\d{1,3})-([A-Za-z0-9_-]*)$/.exec(code.trim());
  if (!m) return { ok: false, reason: 'damaged', error: MESSAGES.damaged };
  const version = Number(m[1]);
  if (version > RECEIPT_VERSION) return { ok: false, reason: 'newer', error: MESSAGES.newer };
  const payload = m[2]!;
  if (payload.length < 12) return { ok: false, reason: 'damaged', error: MESSAGES.short };
  const bytes = payload.length <= 2000 ? fromBase64Url(payload) : null;
  const body = bytes && checkedBody(bytes);
  if (!body || version < 1) return { ok: false, reason: 'damaged', error: MESSAGES.damaged };
  try {
    return { ok: true, receipt: readBody(new ByteReader(body), version) };
  } catch {
    // A BytesError, or anything a crafted body with a valid checksum provokes: the code is damaged.
    return { ok: false, reason: 'damaged', error: MESSAGES.damaged };
  }
}

// What a chat line says besides the code: our own "部分回执 张三（红旗村）：" or a WeChat header.
const ONLY_LABEL = /^[\s回执部分码:：,，。.-]*$/;
// A header WeChat copies above each message: a name, then a time ("张三 10:32", "张三 2026-12-02 09:15").
const HEADER = /\d{1,2}:\d{2}(:\d{2})?$/;

/** The nearest non-empty line above `start` (the index where a line begins), trimmed. */
function lineAbove(text: string, start: number): string {
  // Walk up over blank lines only, so a long paste is not split once per code.
  for (let lineEnd = start - 1; lineEnd > 0;) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const above = text.slice(lineStart, lineEnd).trim();
    if (above) return above;
    lineEnd = lineStart - 1;
  }
  return '';
}

/**
 * Who sent a code, as the chat shows it: the words on its line besides the code, with the
 * WeChat header above when there is one (name and time), or that header alone.
 */
function senderOf(text: string, at: number, length: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at + length);
  const own = `${text.slice(start, at)} ${text.slice(at + length, end < 0 ? undefined : end)}`.trim();
  const above = lineAbove(text, start);
  const header = HEADER.test(above) && !above.includes('HJR') ? above : '';
  const sender = (ONLY_LABEL.test(own) && !header && !above.includes('HJR') ? `${above} ${own}` : `${header} ${own}`)
    .replace(/\s+/g, ' ')
    .trim();
  return sender.length > 80 ? `${sender.slice(0, 79)}…` : sender;
}

export interface FoundReceipt {
  /** The code as found in the text. */
  code: string;
  receipt: Receipt;
}
export interface DamagedReceipt {
  /** The code as found (cut to 60 characters for display). */
  code: string;
  /** The 1-based line of the pasted text it was on. */
  line: number;
  /** Who sent it, as the chat shows it: the rest of its line, or the sender line above it. */
  sender: string;
  error: string;
}

// The prefix may sit right after Chinese text or punctuation; the code runs to the first
// character outside base64url.
const FIND = /HJR(\d{0,3})-?([A-Za-z0-9_-]*)/g;

/**
 * Every receipt code in any text: one per line, or inside chat messages with names and times
 * around them. Good ones in order of appearance; anything that starts like a receipt but does not
 * decode is listed with its line and reason.
 */
export function findReceipts(text: string): { found: FoundReceipt[]; damaged: DamagedReceipt[] } {
  const found: FoundReceipt[] = [];
  const damaged: DamagedReceipt[] = [];
  let line = 1;
  let lastIndex = 0;
  for (const m of text.matchAll(FIND)) {
    for (let i = lastIndex; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    lastIndex = m.index;
    const code = m[0];
    const result = decodeReceipt(code);
    if (result.ok) found.push({ code, receipt: result.receipt });
    else {
      const shown = code.length > 60 ? `${code.slice(0, 57)}…` : code;
      damaged.push({ code: shown, line, sender: senderOf(text, m.index, code.length), error: result.error });
    }
  }
  return { found, damaged };
}
