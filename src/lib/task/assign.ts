/**
 * The assignment page's arithmetic: what a set of chosen modules adds up to. Pure, so the
 * page, its printed notice and the tests agree.
 */
import { DEFAULT_PASS_MARK } from '../quiz/pass-mark.ts';

export interface AssignableModule {
  code: string;
  title: string;
  minutes: number;
  passMark: number;
}

/** The modules behind the chosen codes, in site order (the order a trainee studies them). */
export function chosenModules<M extends AssignableModule>(all: readonly M[], codes: ReadonlySet<string>): M[] {
  return all.filter((m) => codes.has(m.code));
}

/** The pass mark a task starts with: the strictest of its modules' own pass marks. */
export function defaultPassMark(modules: readonly AssignableModule[]): number {
  return modules.length ? Math.max(...modules.map((m) => m.passMark)) : DEFAULT_PASS_MARK;
}

export const totalMinutes = (modules: readonly AssignableModule[]) => modules.reduce((a, m) => a + m.minutes, 0);

/** "约 3 小时 20 分钟" or "约 45 分钟". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `约 ${m} 分钟` : m === 0 ? `约 ${h} 小时` : `约 ${h} 小时 ${m} 分钟`;
}

/** "2026-12-31（星期四）" for a YYYY-MM-DD day. */
export function deadlineText(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${date}（星期${'日一二三四五六'[day]}）`;
}

/** Days left, as the trainee reads it: 还剩 3 天 / 今天截止 / 已逾期 2 天. */
export function daysLeftText(days: number): string {
  return days > 0 ? `还剩 ${days} 天` : days === 0 ? '今天截止' : `已逾期 ${-days} 天`;
}
