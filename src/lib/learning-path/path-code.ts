/**
 * 学习路径证明码: the code on the 学习证明 of a role path, which no trainer assigned and no unit
 * issues, so it answers no task and is not a receipt (receipt.ts): its own prefix keeps it out
 * of 成绩汇总's receipts, and the trainer's check can say what it is.
 *
 * Promise: `decodePathCode` never throws; a code decodes to exactly what the trainee's page
 * encoded, or is reported damaged with a Chinese reason. The checksum catches copying accidents
 * and edits by hand, not forgery: the page runs in the trainee's browser.
 *
 * Text form: `HJP<version>-<base64url>`. Version 1 body: role (text, e.g. `village`), the path's
 * title as printed, name, unit (texts), completion time (varint: minutes since 2020-01-01 UTC,
 * at most the end of 2100), modules (varint count; each: code text, best score byte 0–100),
 * then a CRC-16 of it all, as receipts have.
 */
import { fromBase64Url, toBase64Url } from '../base64url.ts';
import { profileProblems } from '../progress/profile-problems.ts';
import { ByteReader, ByteWriter, BytesError, checkedBody, isPlainText, withChecksum } from '../task/bytes.ts';
import { EPOCH_MS, LAST_MINUTE, LATEST_MS } from '../task/dates.ts';
import { MODULE_CODE, RECEIPT_LIMITS } from '../task/receipt.ts';

export const PATH_CODE_VERSION = 1;
export const PATH_CODE_PREFIX = 'HJP';
const LIMITS = { role: 16, title: 40 } as const;
const ROLE = /^[a-z]+$/;
const MINUTE_MS = 60_000;

export interface PathCode {
  /** The role path's key (`village`, `township` …). */
  role: string;
  /** The path's name as the certificate prints it. */
  title: string;
  name: string;
  unit: string;
  /** When the last module was first passed, ms since 1970, rounded down to the minute. */
  completedAt: number;
  /** Every module of the path, passed, with its best score. */
  modules: { code: string; best: number }[];
}

/** What is wrong with a path certificate before encoding, in Chinese; empty if fine. */
export function pathCodeProblems(c: PathCode): string[] {
  const problems = profileProblems(c);
  if (!ROLE.test(c.role) || c.role.length > LIMITS.role) problems.push('学习路径无效。');
  if (!c.title.trim() || c.title.length > LIMITS.title) problems.push('学习路径名称无效。');
  if (![c.title, c.name, c.unit].every(isPlainText)) problems.push('姓名、单位或路径名称中有无法显示的字符，请删去。');
  if (!Number.isSafeInteger(c.completedAt) || c.completedAt < EPOCH_MS || c.completedAt >= LATEST_MS + MINUTE_MS) {
    problems.push('完成时间无效。');
  }
  if (c.modules.length === 0 || c.modules.length > RECEIPT_LIMITS.modules) problems.push('模块数量无效。');
  for (const m of c.modules) {
    if (!MODULE_CODE.test(m.code) || m.code.length > RECEIPT_LIMITS.code) problems.push(`模块代码 ${m.code} 无效。`);
    if (!Number.isInteger(m.best) || m.best < 0 || m.best > 100) problems.push('分数无效。');
  }
  if (new Set(c.modules.map((m) => m.code)).size !== c.modules.length) problems.push('模块有重复。');
  return problems;
}

/** The text code. Throws RangeError when `pathCodeProblems` is not empty; seconds are dropped. */
export function encodePathCode(c: PathCode): string {
  const problems = pathCodeProblems(c);
  if (problems.length) throw new RangeError(problems.join(' '));
  const w = new ByteWriter().text(c.role).text(c.title).text(c.name).text(c.unit);
  w.varint(Math.floor((c.completedAt - EPOCH_MS) / MINUTE_MS)).varint(c.modules.length);
  for (const m of c.modules) w.text(m.code).byte(m.best);
  return `${PATH_CODE_PREFIX}${PATH_CODE_VERSION}-${toBase64Url(withChecksum(w.bytes()))}`;
}

export type PathCodeResult = { ok: true; path: PathCode } | { ok: false; reason: 'damaged' | 'newer'; error: string };

const DAMAGED = '证明码不完整或有改动（可能复制时少了或改了字符）。';

function readBody(r: ByteReader): PathCode {
  const role = r.text(LIMITS.role);
  const title = r.text(LIMITS.title);
  const name = r.text(RECEIPT_LIMITS.name);
  const unit = r.text(RECEIPT_LIMITS.unit);
  const minute = r.varint();
  if (minute > LAST_MINUTE) throw new BytesError('completion time out of range');
  const count = r.varint();
  if (count > RECEIPT_LIMITS.modules) throw new BytesError('module count');
  const modules = Array.from({ length: count }, () => ({ code: r.text(RECEIPT_LIMITS.code), best: r.byte() }));
  const path = { role, title, name, unit, completedAt: EPOCH_MS + minute * MINUTE_MS, modules };
  if (!r.done() || pathCodeProblems(path).length) throw new BytesError('invalid path certificate');
  return path;
}

/** Decodes one code (`HJP1-…`), surrounding whitespace allowed. */
export function decodePathCode(code: string): PathCodeResult {
  const m = /^HJP(\d{1,3})-([A-Za-z0-9_-]{1,2000})$/.exec(code.trim());
  if (!m || Number(m[1]) < 1) return { ok: false, reason: 'damaged', error: DAMAGED };
  if (Number(m[1]) > PATH_CODE_VERSION) {
    return { ok: false, reason: 'newer', error: '这份证明码由新版网站生成，当前页面读不懂。请刷新本页后再核对。' };
  }
  const bytes = fromBase64Url(m[2]!);
  const body = bytes && checkedBody(bytes);
  if (!body) return { ok: false, reason: 'damaged', error: DAMAGED };
  try {
    return { ok: true, path: readBody(new ByteReader(body)) };
  } catch {
    // A BytesError, or anything a crafted body with a valid checksum provokes: the code is damaged.
    return { ok: false, reason: 'damaged', error: DAMAGED };
  }
}

/**
 * The first certificate code in any text (a chat line, the words around it), a receipt (HJR) or a
 * path code (HJP), as found. The body is taken whole, so letters inside it never start a code.
 */
export function firstCode(text: string): string | null {
  return /HJ[RP]\d{0,3}-?[A-Za-z0-9_-]*/.exec(text)?.[0] ?? null;
}
