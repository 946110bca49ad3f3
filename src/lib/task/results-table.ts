/**
 * The results table as plain rows for CSV, the clipboard and .xlsx: one header row in Chinese,
 * then one row per trainee, with the receipt code last so an exported file can be opened on the
 * results page again.
 */
import { chinaDateTime } from './dates.ts';
import type { ModuleInfo, ResultRow, Results, WrongTally } from './results.ts';
import { rowStatus } from './roster-status.ts';
import type { Cell } from './table.ts';

export const yesNo = (v: boolean | null) => (v === null ? '—' : v ? '是' : '否');

/** Column titles: the module's title where the page knows the code, else the code itself. */
export function columnTitles(results: Results, modules: readonly ModuleInfo[]): string[] {
  return results.columns.map((code) => moduleTitle(code, modules));
}

/** A module's title where the page knows its code, else 模块 and the code. */
export const moduleTitle = (code: string, modules: readonly Pick<ModuleInfo, 'code' | 'title'>[]) =>
  modules.find((m) => m.code === code)?.title ?? `模块 ${code}`;

/**
 * Lessons read in the task's modules, summed: what the trainee's page counted as read (the end
 * of a lesson seen, or marked). Version-1 receipts did not carry it.
 */
export function lessonsText(row: ResultRow, columns: readonly string[]): string {
  const carried = row.receipt.modules.filter((m) => columns.includes(m.code) && m.lessons);
  if (!carried.length) return '未报告';
  const read = carried.reduce((n, m) => n + m.lessons!.read, 0);
  const total = carried.reduce((n, m) => n + m.lessons!.total, 0);
  return `${read} / ${total} 课`;
}

/** Wrong questions by module name and number: “选举纪律 第 8、26 题”. */
export function wrongText(row: ResultRow, modules: readonly ModuleInfo[]): string {
  return row.receipt.modules
    .filter((m) => m.wrong.length)
    .map((m) => `${moduleTitle(m.code, modules)} 第 ${m.wrong.join('、')} 题`)
    .join('；');
}

export function resultsTable(results: Results, modules: readonly ModuleInfo[]): Cell[][] {
  const header = [
    '姓名',
    '单位',
    ...columnTitles(results, modules).map((t) => `${t}（最高分）`),
    '已读课数',
    '是否通过',
    '状态',
    '完成时间',
    '是否按时',
    '错题',
    '回执码',
  ];
  const rows = results.rows.map((row): Cell[] => [
    row.receipt.name,
    row.receipt.unit,
    ...row.scores,
    lessonsText(row, results.columns),
    yesNo(row.passed),
    rowStatus(row),
    row.receipt.partial ? `截至 ${chinaDateTime(row.receipt.completedAt)}` : chinaDateTime(row.receipt.completedAt),
    row.receipt.partial ? '未完成' : row.onTime === null ? '—' : row.onTime ? '按时' : '逾期',
    wrongText(row, modules),
    row.code,
  ]);
  return [header, ...rows];
}

/**
 * The questions answered wrong, most first, by module name and bank number with the question's
 * words (`stemOf` gives them when the bank could be fetched, else the cell says so).
 */
export function wrongQuestionsTable(
  wrong: readonly WrongTally[],
  modules: readonly ModuleInfo[],
  stemOf: (code: string, number: number) => string | undefined,
): Cell[][] {
  return [
    ['模块', '题库题号', '题目', '答错人数'],
    ...wrong.map((w): Cell[] => [
      moduleTitle(w.code, modules),
      w.number,
      stemOf(w.code, w.number) ?? '（题目未能读取，请在本站查看该模块）',
      w.count,
    ]),
  ];
}
