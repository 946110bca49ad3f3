/**
 * The words of 离线状态 (the task page and the offline help page), from what the service worker
 * reports (plan.ts `progress`): honest about what is saved, with the task's part told apart from
 * the whole site.
 */
import type { OfflineProgress, PartProgress } from './plan.ts';

export interface OfflineStatusText {
  text: string;
  /** Something the reader needs can now be opened with no network (the task's part, or the site). */
  ready: boolean;
}

export const UNSUPPORTED =
  '此浏览器不支持离线保存（如苹果手机的微信、无痕模式或 http:// 网址）：请联网使用，或按下面“离线使用”的说明换用手机自带的浏览器。';
export const NOT_STARTED = '离线内容还没有开始保存（可能没有网络）：联网后重新打开本页即可。';
export const PREPARING = '正在准备离线保存：稍后开始，保存完会显示“已可离线使用”。';
/** A worker of an earlier deploy answers no questions; it took over only once it had stored everything. */
export const READY_UNCOUNTED = '已可离线使用：本站已保存在本机，没有信号时也能打开。';

const megabytes = (bytes: number) => `约 ${(bytes / 1024 / 1024).toFixed(1)} MB`;
const done = (p: PartProgress) => p.saved >= p.files;
const count = (p: PartProgress) => `${Math.min(p.saved, p.files)} / ${p.files} 个文件`;
const KEEP_OPEN = '请保持联网，不要关闭本页。';

/**
 * `active`: the worker serves this site (it takes over once the core is stored; before that
 * nothing is usable offline, whatever the cache holds).
 */
export function offlineStatusText(p: OfflineProgress, active: boolean): OfflineStatusText {
  const { site, task, only } = p;
  if (active && done(site))
    return {
      text: `已可离线使用：本站 ${site.files} 个文件（${megabytes(site.bytes)}）已保存在本机，没有信号时也能打开。`,
      ready: true,
    };
  if (active && task && done(task)) {
    const taskReady = `本任务的课程和测验已可离线使用（${megabytes(task.bytes)}）`;
    return only
      ? { text: `${taskReady}。按您的选择，本站其余内容不保存，需要联网打开。`, ready: true }
      : { text: `${taskReady} · 全站正在保存 ${count(site)}（共${megabytes(site.bytes)}），${KEEP_OPEN}`, ready: true };
  }
  if (task)
    return {
      text:
        `正在保存本任务的课程和测验：${count(task)}（${megabytes(task.bytes)}）` +
        (only ? '。' : ` · 全站 ${count(site)}（共${megabytes(site.bytes)}）。`) +
        KEEP_OPEN,
      ready: false,
    };
  return {
    text: `正在保存离线内容：${count(site)}（共${megabytes(site.bytes)}）。${KEEP_OPEN}保存完会显示“已可离线使用”。`,
    ready: false,
  };
}
