/**
 * What a text that holds no receipt code is, named for the trainer: a QR code read from a
 * trainee's picture may be the task link, a record code, an exam paper, a WeChat group or any
 * web address. Pure; the description is plain text (the page shows it as text, never as HTML).
 */
import { parseTaskFromUrl } from './link.ts';

/** How much of an unknown text or address is quoted back. */
const QUOTED = 40;

const quote = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTED ? `${flat.slice(0, QUOTED)}…` : flat;
};

export type CodeKind = 'task' | 'record' | 'paper' | 'wechat-group' | 'address' | 'text';

/**
 * What `text` is, with "这是……" words for it; null when it is empty. Only for texts
 * `findReceipts` found no code in. The record code's prefix is the one `exportCode` writes
 * (lib/progress/transfer.ts), not imported so 成绩汇总 does not load the progress decoder.
 */
export function describeCode(text: string): { kind: CodeKind; words: string } | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const task = parseTaskFromUrl(trimmed);
  if (task.ok) {
    return {
      kind: 'task',
      words: `这是学习任务“${task.task.title}”（${task.task.unit}）的任务链接，是发给学员打开任务用的`,
    };
  }
  if (task.reason !== 'missing') return { kind: 'task', words: '这是一个学习任务链接（读不出是哪个任务）' };
  if (/HJXL\d+\./.test(trimmed))
    return { kind: 'record', words: '这是学员的学习记录码（用于把学习记录转到另一台设备）' };
  if (/\/trainer\/paper\/\?(?:[^#\s]*&)?v=/.test(trimmed)) return { kind: 'paper', words: '这是一份试卷的链接' };
  const url = /^https?:\/\/([^/?#\s]+)/i.exec(trimmed);
  if (url) {
    const host = url[1]!.toLowerCase();
    if (/(^|\.)weixin\.qq\.com$/.test(host) && /\/g\//.test(trimmed)) {
      return { kind: 'wechat-group', words: '这是一个微信群的二维码' };
    }
    return { kind: 'address', words: `这是一个网址（${quote(host)}）` };
  }
  return { kind: 'text', words: `这是一段文字：“${quote(trimmed)}”` };
}
