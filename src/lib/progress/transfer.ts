/**
 * Progress files: a trainee exports on one device and imports on another. The file names its
 * format and version; a bad file is rejected with a reason and changes nothing.
 */
import { decodeProgress, type ProgressData } from './data';

export const FILE_FORMAT = 'hj-training-progress';
export const FILE_VERSION = 1;
/** A real file is a few KB; anything this large is not ours. */
export const MAX_FILE_BYTES = 1024 * 1024;

export function exportProgress(data: ProgressData, exportedAt: string): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt, progress: data }, null, 2);
}

export type Imported = { ok: true; data: ProgressData; exportedAt: string } | { ok: false; error: string };

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
  if (typeof f.version !== 'number' || f.version > FILE_VERSION) {
    return { ok: false, error: '这个文件来自更新版本的网站，当前页面无法读取。请刷新页面后再导入。' };
  }
  const decoded = decodeProgress(f.progress);
  if (!decoded.ok) {
    return {
      ok: false,
      error:
        decoded.reason === 'newer'
          ? '这个文件来自更新版本的网站，当前页面无法读取。'
          : '文件中的学习记录不完整或已损坏，无法导入。',
    };
  }
  return { ok: true, data: decoded.data, exportedAt: typeof f.exportedAt === 'string' ? f.exportedAt : '' };
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
    const last = !ours.last
      ? theirs.last
      : !theirs.last
        ? ours.last
        : theirs.last.at > ours.last.at
          ? theirs.last
          : ours.last;
    modules[id] = {
      best: Math.max(ours.best, theirs.best),
      attempts: Math.max(ours.attempts, theirs.attempts),
      passed: ours.passed || theirs.passed,
      ...(last ? { last } : {}),
    };
  }
  const wrong = { ...current.wrong };
  for (const [id, theirs] of Object.entries(incoming.wrong)) {
    const ours = wrong[id];
    if (!ours || theirs.at > ours.at) wrong[id] = theirs;
  }
  return { ...current, modules, wrong };
}
