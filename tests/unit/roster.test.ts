import { describe, expect, it } from 'vitest';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { encodeReceipt, type Receipt } from '../../src/lib/task/receipt';
import { buildResults, type ModuleInfo } from '../../src/lib/task/results';
import { parseRoster, rosterKey } from '../../src/lib/task/roster';
import { matchRoster, reminderText } from '../../src/lib/task/roster-status';

describe('reading a pasted 名单', () => {
  it('reads an Excel column pair (姓名, 单位) and skips its header row', () => {
    const { entries, skipped } = parseRoster('姓名\t单位\n张红梅\t东风镇红旗村\n李 强\t东风镇新华社区\t13800000000\n');
    expect(entries).toEqual([
      { name: '张红梅', unit: '东风镇红旗村' },
      { name: '李 强', unit: '东风镇新华社区' },
    ]);
    expect(skipped).toEqual([]);
  });

  it('reads one per line with numbering, brackets, commas and spaced names', () => {
    const text = '1. 张三（红旗村）\n2、李四, 新华社区\n王 五\n红旗村 赵六\n\n钱七 红旗村';
    expect(parseRoster(text).entries).toEqual([
      { name: '张三', unit: '红旗村' },
      { name: '李四', unit: '新华社区' },
      { name: '王五', unit: '' },
      { name: '赵六', unit: '红旗村' },
      { name: '钱七', unit: '红旗村' },
    ]);
  });

  it('reads a WeChat member list copied as names separated by 、 or spaces of any width', () => {
    expect(parseRoster('张三、李四、王五\n赵六').entries.map((e) => e.name)).toEqual(['张三', '李四', '王五', '赵六']);
  });

  it('keeps each person once and reports lines that hold no name', () => {
    const { entries, skipped } = parseRoster(
      '张三\t红旗村\n张 三\t红旗村\n\t红旗村\n一个超过二十个字的名字一个超过二十个字的名字好长',
    );
    expect(entries).toEqual([{ name: '张三', unit: '红旗村' }]);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, '第一列是空的'],
      [4, '姓名或单位太长，不像一个人的名字'],
    ]);
  });
});

const modules: ModuleInfo[] = [
  { code: 'ov', id: 'overview', title: '换届工作总览', passMark: 80 },
  { code: 've', id: 'village-election', title: '村委会选举', passMark: 80 },
];
const task: Task = {
  title: '第一期',
  unit: '东风镇',
  deadline: '2026-12-20',
  passMark: 80,
  modules: ['ov', 've'],
  note: '',
};
const id = taskIdOf(encodeTask(task));
const receipt = (name: string, unit: string, scores: (number | null)[], partial: boolean): string =>
  encodeReceipt({
    taskId: id,
    name,
    unit,
    completedAt: Date.UTC(2026, 11, 10),
    partial,
    modules: [
      { code: 'ov', best: scores[0]!, wrong: [] },
      { code: 've', best: scores[1]!, wrong: [] },
    ],
  } satisfies Receipt);

describe('the 名单 against the receipts', () => {
  const roster = parseRoster('张三\t红旗村\n李四\t红旗村\n王五\t新华社区\n赵六\t新华社区\n钱七\t新华社区').entries;
  const results = buildResults(
    [
      receipt('张 三', '东风镇红旗村', [90, 85], false),
      receipt('李四', '红旗村', [90, null], true),
      receipt('王五', '新华社区', [90, 60], true),
      receipt('赵 六六', '新华社区', [100, 100], false),
    ],
    { task, id },
    modules,
  );

  it('gives every name a status: 已完成, 部分, 未达标 or 未交, and lists who matches nobody', () => {
    const { lines, unmatched } = matchRoster(roster, results.rows, {});
    expect(lines.map((l) => [l.entry.name, l.status])).toEqual([
      ['张三', '已完成'],
      ['李四', '部分'],
      ['王五', '未达标'],
      ['赵六', '未交'],
      ['钱七', '未交'],
    ]);
    expect(unmatched.map((r) => r.receipt.name)).toEqual(['赵 六六']);
  });

  it('takes the trainer’s own pairing of a receipt with a roster line', () => {
    const stray = results.rows.find((r) => r.receipt.name === '赵 六六')!;
    const { lines, unmatched } = matchRoster(roster, results.rows, { [stray.key]: rosterKey(roster[3]!) });
    expect(lines[3]).toMatchObject({ status: '已完成', paired: true });
    expect(unmatched).toEqual([]);
  });

  it('leaves two people of one name without units for the trainer to tell apart', () => {
    const twins = parseRoster('张三\n张三（新华社区）').entries;
    const { lines, unmatched } = matchRoster(twins, results.rows.slice(0, 1), {});
    expect(lines.map((l) => l.status)).toEqual(['已完成', '未交']);
    expect(unmatched).toEqual([]);
    const both = parseRoster('张三\t\n张三\t红旗').entries;
    expect(matchRoster(both, results.rows.slice(0, 1), {}).unmatched).toHaveLength(1);
  });

  it('writes a reminder naming who has sent nothing and who is not done', () => {
    const { lines } = matchRoster(roster, results.rows, {});
    expect(reminderText(lines, task)).toBe(
      '学习任务“第一期”还有 2 人未交回执：赵六（新华社区）、钱七（新华社区）。\n' +
        '尚未全部达标（请完成测验后再发完整回执）：李四（红旗村）、王五（新华社区）。\n' +
        '请打开群里的任务链接，点“参加测验”交卷达标后，复制页面下方的回执发到群里，截止 2026-12-20。',
    );
  });
});
