/** The sortable results table: one row per trainee; it scrolls inside its own box on a phone. */
import { useMemo, useState } from 'preact/hooks';
import ScrollBox from '../shared/ScrollBox';
import { chinaDateTime } from '../../../lib/task/dates';
import { sortRows, type ResultRow, type SortKey } from '../../../lib/task/results';
import { lessonsText, yesNo } from '../../../lib/task/results-table';
import { rowStatus } from '../../../lib/task/roster-status';

interface Props {
  rows: ResultRow[];
  /** Titles of the module columns, in order. */
  titles: string[];
  passMarks: number[];
  /** The task's module codes, in column order. */
  columns: string[];
}

type Sort = { key: SortKey; descending: boolean };

const sameKey = (a: SortKey, b: SortKey) =>
  typeof a === 'object' && typeof b === 'object' ? a.column === b.column : a === b;

export default function ResultsTable({ rows, titles, passMarks, columns }: Props) {
  const [sort, setSort] = useState<Sort>({ key: 'unit', descending: false });
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.descending), [rows, sort]);

  const header = (key: SortKey, label: string) => {
    const active = sameKey(sort.key, key);
    const toggle = () => setSort({ key, descending: active ? !sort.descending : false });
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" class="sort" onClick={toggle}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <ScrollBox labelledBy="results-caption">
      <table class="results-table">
        <caption id="results-caption">成绩表（共 {rows.length} 人；点列名排序）</caption>
        <thead>
          <tr>
            {header('name', '姓名 · 状态')}
            {header('unit', '单位')}
            {titles.map((t, i) => header({ column: i }, t))}
            <th scope="col">已读课数</th>
            {header('passed', '是否通过')}
            {header('completedAt', '完成时间')}
            {header('onTime', '是否按时')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.key} class={row.passed ? undefined : 'not-passed'}>
              {/* Name and status stay in view while the row scrolls sideways on a phone. */}
              <th scope="row">
                {row.receipt.name} <span class="tag">{rowStatus(row)}</span>
                {row.receipt.partial && <span class="tag">部分回执</span>}
              </th>
              <td>{row.receipt.unit}</td>
              {row.scores.map((s, i) => (
                <td key={i} class={s !== null && s < passMarks[i]! ? 'low' : undefined}>
                  {s === null ? '未测' : s}
                </td>
              ))}
              <td>{lessonsText(row, columns)}</td>
              <td>{yesNo(row.passed)}</td>
              <td>
                {row.receipt.partial
                  ? `截至 ${chinaDateTime(row.receipt.completedAt)}`
                  : chinaDateTime(row.receipt.completedAt)}
              </td>
              <td>{row.receipt.partial ? '未完成' : row.onTime === null ? '—' : row.onTime ? '按时' : '逾期'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
