/**
 * The results table as plain rows for CSV, the clipboard and .xlsx: one header row in Chinese,
 * then one row per trainee, with the receipt code last so an exported file can be opened on the
 * results page again.
 */
import { chinaDateTime } from './dates.ts';
import type { ModuleInfo, Results } from './results.ts';
import type { Cell } from './table.ts';

export const yesNo = (v: boolean | null) => (v === null ? '—' : v ? '是' : '否');

/** Column titles: the module's title where the page knows the code, else the code itself. */
export function columnTitles(results: Results, modules: readonly ModuleInfo[]): string[] {
  return results.columns.map((code) => modules.find((m) => m.code === code)?.title ?? `模块 ${code}`);
}

export function resultsTable(results: Results, modules: readonly ModuleInfo[]): Cell[][] {
  const header = [
    '姓名',
    '单位',
    ...columnTitles(results, modules).map((t) => `${t}（最高分）`),
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
    yesNo(row.passed),
    row.receipt.partial ? '部分完成' : '全部完成',
    chinaDateTime(row.receipt.completedAt),
    row.onTime === null ? '—' : row.onTime ? '按时' : '逾期',
    row.receipt.modules
      .filter((m) => m.wrong.length)
      .map((m) => `${m.code}: ${m.wrong.join('、')}`)
      .join('；'),
    row.code,
  ]);
  return [header, ...rows];
}
