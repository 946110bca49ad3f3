/**
 * 成绩汇总: from a pile of receipt codes to the trainer's table and summary.
 *
 * Promise: pure and total. Any list of codes gives a table: one row per trainee of the current
 * task (receipts of the same task and person, person-key.ts, merge; the latest
 * completion wins), receipts of other tasks set aside and counted, nothing dropped silently.
 */
import { onTime } from './dates.ts';
import type { Task } from './link.ts';
import { personKey } from './person-key.ts';
import { decodeReceipt, type Receipt } from './receipt.ts';
import { DEFAULT_PASS_MARK } from '../quiz/pass-mark.ts';

/** What the page knows about a module from the site's content. */
export interface ModuleInfo {
  code: string;
  id: string;
  title: string;
  /** The module's own pass mark, used when no task link is known. */
  passMark: number;
}

export interface ResultRow {
  /** receiptKey: the task id and the person key of name and unit (person-key.ts). */
  key: string;
  /** The winning receipt's code, kept for export and re-import. */
  code: string;
  receipt: Receipt;
  /** Best score per column, in `columns` order; null = not taken. */
  scores: (number | null)[];
  passed: boolean;
  /** null when there is no deadline to compare with, or the receipt is partial. */
  onTime: boolean | null;
}

export interface OtherTask {
  taskId: string;
  names: string[];
}

export interface WrongTally {
  code: string;
  number: number;
  count: number;
}

export interface Results {
  /** The task the table is for: the known task link's id, or else the most common one. */
  taskId: string | null;
  /** Module codes shown as columns, in study order. */
  columns: string[];
  /** The pass mark of each column: the task's, or else the module's own. */
  passMarks: number[];
  rows: ResultRow[];
  /** Receipts replaced by a later one of the same person. */
  replaced: number;
  others: OtherTask[];
  summary: {
    people: number;
    complete: number;
    passed: number;
    /** Percentage of people who passed, rounded; null with no rows. */
    passRate: number | null;
    /** Average best score per column, one decimal; null when nobody took it. */
    averages: (number | null)[];
    /** Questions answered wrong most often in the final attempts, most first. */
    wrong: WrongTally[];
  };
}

/** Who sent a receipt: its task and the person key of name and unit. */
export const receiptKey = (r: Receipt) => `${r.taskId}|${personKey(r.name)}|${personKey(r.unit)}`;

/**
 * `codes` in the order they were added; `task` with its id when the trainer gave the task link;
 * `modules` in the site's order.
 */
export function buildResults(
  codes: readonly string[],
  task: { task: Task; id: string } | null,
  modules: readonly ModuleInfo[],
  topWrong = 10,
): Results {
  const receipts: { code: string; receipt: Receipt }[] = [];
  for (const code of codes) {
    const result = decodeReceipt(code);
    if (result.ok) receipts.push({ code, receipt: result.receipt });
  }

  let taskId = task?.id ?? null;
  if (!taskId) {
    const counts = new Map<string, number>();
    for (const { receipt } of receipts) counts.set(receipt.taskId, (counts.get(receipt.taskId) ?? 0) + 1);
    taskId = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }

  const latest = new Map<string, { code: string; receipt: Receipt }>();
  // Other tasks' people, by person key: the name as first seen.
  const others = new Map<string, Map<string, string>>();
  let replaced = 0;
  for (const entry of receipts) {
    const r = entry.receipt;
    if (r.taskId !== taskId) {
      const people = others.get(r.taskId) ?? new Map<string, string>();
      const who = `${personKey(r.name)}|${personKey(r.unit)}`;
      if (!people.has(who)) people.set(who, r.name.trim());
      others.set(r.taskId, people);
      continue;
    }
    const key = receiptKey(r);
    const before = latest.get(key);
    if (before) replaced++;
    // Equal times: the one added later wins.
    if (!before || r.completedAt >= before.receipt.completedAt) latest.set(key, entry);
  }

  const siteOrder = new Map(modules.map((m, i) => [m.code, i]));
  const columns = task
    ? [...task.task.modules]
    : [...new Set([...latest.values()].flatMap((e) => e.receipt.modules.map((m) => m.code)))].sort(
        (a, b) => (siteOrder.get(a) ?? 1e9) - (siteOrder.get(b) ?? 1e9) || a.localeCompare(b),
      );
  const passMarks = columns.map(
    (code) => task?.task.passMark ?? modules.find((m) => m.code === code)?.passMark ?? DEFAULT_PASS_MARK,
  );

  const rows: ResultRow[] = [...latest.entries()].map(([key, { code, receipt }]) => {
    const byCode = new Map(receipt.modules.map((m) => [m.code, m.best]));
    const scores = columns.map((c) => byCode.get(c) ?? null);
    const passed = !receipt.partial && columns.every((_, i) => scores[i] != null && scores[i]! >= passMarks[i]!);
    const deadline = task?.task.deadline ?? null;
    // A partial receipt is dated when it was made, not when anything was finished: never 按时.
    const timely = deadline && !receipt.partial ? onTime(receipt.completedAt, deadline) : null;
    return { key, code, receipt, scores, passed, onTime: timely };
  });

  const tally = new Map<string, WrongTally>();
  for (const row of rows) {
    for (const m of row.receipt.modules) {
      if (!columns.includes(m.code)) continue;
      for (const number of m.wrong) {
        const id = `${m.code}#${number}`;
        const t = tally.get(id) ?? { code: m.code, number, count: 0 };
        t.count++;
        tally.set(id, t);
      }
    }
  }
  const wrong = [...tally.values()]
    .sort((a, b) => b.count - a.count || columns.indexOf(a.code) - columns.indexOf(b.code) || a.number - b.number)
    .slice(0, topWrong);

  const passed = rows.filter((r) => r.passed).length;
  const averages = columns.map((_, i) => {
    const taken = rows.map((r) => r.scores[i]).filter((s): s is number => s != null);
    return taken.length ? Math.round((taken.reduce((a, b) => a + b, 0) / taken.length) * 10) / 10 : null;
  });

  return {
    taskId,
    columns,
    passMarks,
    rows,
    replaced,
    others: [...others].map(([id, people]) => ({ taskId: id, names: [...people.values()] })),
    summary: {
      people: rows.length,
      complete: rows.filter((r) => !r.receipt.partial).length,
      passed,
      passRate: rows.length ? Math.round((passed / rows.length) * 100) : null,
      averages,
      wrong,
    },
  };
}

export type SortKey = 'name' | 'unit' | 'passed' | 'completedAt' | 'onTime' | { column: number };

let collator: Intl.Collator | undefined;
/**
 * Chinese order (by pinyin), numbers by value. The collator is made on first use, not when the
 * module loads: building the zh-CN collation takes 100–300 ms at a phone's CPU (×4 slowdown,
 * docs/benchmarks.md), the longest task of 成绩汇总 opened with nothing to sort.
 */
const zhCompare = (a: string, b: string) => (collator ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a, b);

/** A copy of `rows` sorted by `key`; ties keep their order. Missing scores sort last either way. */
export function sortRows(rows: readonly ResultRow[], key: SortKey, descending = false): ResultRow[] {
  const sign = descending ? -1 : 1;
  const rank = (v: boolean | null) => (v === null ? 2 : v ? 0 : 1);
  const compare = (a: ResultRow, b: ResultRow): number => {
    if (typeof key === 'object') {
      const x = a.scores[key.column] ?? null;
      const y = b.scores[key.column] ?? null;
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
      return sign * (x - y);
    }
    switch (key) {
      case 'name':
        return sign * zhCompare(a.receipt.name, b.receipt.name);
      case 'unit':
        return sign * zhCompare(a.receipt.unit, b.receipt.unit);
      case 'completedAt':
        return sign * (a.receipt.completedAt - b.receipt.completedAt);
      case 'passed':
        return sign * (rank(a.passed) - rank(b.passed));
      case 'onTime':
        return sign * (rank(a.onTime) - rank(b.onTime));
    }
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compare(a.row, b.row) || a.i - b.i)
    .map(({ row }) => row);
}
