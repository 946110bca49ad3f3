/**
 * Apart from StoreNotice so the quiz pages, which never show it, do not load its text.
 */
import type { StoreStatus } from '../../../lib/progress/store';

const NOT_SAVED: Record<Exclude<StoreStatus, 'ok'>, string> = {
  blocked: '此浏览器不能保存数据（如无痕模式）。',
  unreadable: '本机已有的学习记录已损坏、无法读取，为免覆盖没有写入。',
  newer: '本机的学习记录来自新版网站，为免覆盖没有写入；请刷新页面后再试。',
  full: '浏览器存储已满。',
};

/**
 * What to tell a trainee whose change could not be saved (null when it was). The change stays
 * on this page until it is closed, so say that, and how to keep a copy.
 */
export function notSaved(status: StoreStatus): string | null {
  if (status === 'ok') return null;
  return `没有保存到本机：${NOT_SAVED[status]}本页显示的内容在关闭或刷新前仍在，可用本页的“生成学习记录码”另存一份。`;
}
