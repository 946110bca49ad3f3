/**
 * 成绩汇总 against the 名单: every expected person with a status (已完成 / 部分 / 未达标 / 未交),
 * the receipts that match nobody (for the trainer to pair by hand), and the reminder text of who
 * is still missing.
 *
 * Promise: pure and total. Every roster line appears exactly once; every receipt row is either
 * matched to one roster line or listed as unmatched, never both and never dropped.
 */
import { personKey } from './person-key.ts';
import type { ResultRow } from './results.ts';
import { rosterKey, type RosterEntry } from './roster.ts';

export type RosterStatus = '已完成' | '部分' | '未达标' | '未交';
export const STATUS_ORDER: readonly RosterStatus[] = ['未交', '部分', '未达标', '已完成'];

export interface RosterLine {
  entry: RosterEntry;
  row: ResultRow | null;
  status: RosterStatus;
  /** True when the trainer paired this receipt with the line by hand. */
  paired: boolean;
}

/**
 * 已完成: passed. 部分: a partial receipt with a test not yet taken. 未达标: every test taken (or
 * the receipt complete) but not every one at the pass mark.
 */
export function rowStatus(row: ResultRow | null): RosterStatus {
  if (!row) return '未交';
  if (row.passed) return '已完成';
  return row.receipt.partial && row.scores.some((s) => s === null) ? '部分' : '未达标';
}

/** Units match when one names the other (红旗村 and 东风镇红旗村), or the roster gave none. */
function sameUnit(rosterUnit: string, receiptUnit: string): boolean {
  const a = personKey(rosterUnit);
  const b = personKey(receiptUnit);
  return !a || a.includes(b) || b.includes(a);
}

/**
 * Matches rows to roster lines: first the trainer's own pairings (row key → roster key), then by
 * name, using the unit only when several lines share the name or the roster gives one.
 */
export function matchRoster(
  entries: readonly RosterEntry[],
  rows: readonly ResultRow[],
  pairs: Readonly<Record<string, string>>,
): { lines: RosterLine[]; unmatched: ResultRow[] } {
  const byKey = new Map(entries.map((e, i) => [rosterKey(e), i]));
  const taken = new Map<number, { row: ResultRow; paired: boolean }>();
  const unmatched: ResultRow[] = [];
  const rest: ResultRow[] = [];
  for (const row of rows) {
    const index = byKey.get(pairs[row.key] ?? '');
    if (index !== undefined && !taken.has(index)) taken.set(index, { row, paired: true });
    else rest.push(row);
  }
  for (const row of rest) {
    const name = personKey(row.receipt.name);
    const candidates = entries
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => personKey(e.name) === name && !taken.has(i) && sameUnit(e.unit, row.receipt.unit));
    // Two lines with the same name and no unit to tell them apart: the trainer decides.
    if (candidates.length === 1) taken.set(candidates[0]!.i, { row, paired: false });
    else unmatched.push(row);
  }
  const lines = entries.map((entry, i): RosterLine => {
    const match = taken.get(i);
    return { entry, row: match?.row ?? null, status: rowStatus(match?.row ?? null), paired: !!match?.paired };
  });
  return { lines, unmatched };
}

const who = (e: RosterEntry) => (e.unit ? `${e.name}（${e.unit}）` : e.name);

/** The reminder to paste into the group: who has sent nothing, and who is not done yet. */
export function reminderText(lines: readonly RosterLine[], task: { title: string; deadline: string | null } | null) {
  const missing = lines.filter((l) => l.status === '未交').map((l) => who(l.entry));
  const unfinished = lines.filter((l) => l.status === '部分' || l.status === '未达标').map((l) => who(l.entry));
  if (!missing.length && !unfinished.length) return '';
  const name = task ? `学习任务“${task.title}”` : '本次学习任务';
  const parts = [];
  if (missing.length) parts.push(`${name}还有 ${missing.length} 人未交回执：${missing.join('、')}。`);
  if (unfinished.length) parts.push(`尚未全部达标（请完成测验后再发完整回执）：${unfinished.join('、')}。`);
  parts.push(
    `请打开群里的任务链接，点“参加测验”交卷达标后，复制页面下方的回执发到群里${task?.deadline ? `，截止 ${task.deadline}` : ''}。`,
  );
  return parts.join('\n');
}
