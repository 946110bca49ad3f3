import { describe, expect, it } from 'vitest';
import { receiptFor, recordView, taskStanding, type SiteModule } from '../../src/lib/task/task-status';
import { recordTest } from '../../src/lib/progress/attempts';
import { emptyProgress, type ProgressData } from '../../src/lib/progress/record';
import { markLessonRead } from '../../src/lib/progress/rules';
import { onTime } from '../../src/lib/task/dates';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { encodeReceipt } from '../../src/lib/task/receipt';
import { buildResults } from '../../src/lib/task/results';
import { resultsTable } from '../../src/lib/task/results-table';

const site: SiteModule[] = [
  {
    code: 'ov',
    id: 'overview',
    title: '换届工作总览',
    passMark: 80,
    lessons: [{ id: 'overview/a' }, { id: 'overview/b' }],
  },
  { code: 've', id: 'village-election', title: '村委会选举', passMark: 70, lessons: [{ id: 'village-election/a' }] },
];
const task: Task = {
  title: '第一期',
  unit: '县委组织部',
  deadline: '2026-12-20',
  passMark: 70,
  modules: ['ov', 've'],
  note: '',
};
const taskId = taskIdOf(encodeTask(task));
const who = { name: ' 张三 ', unit: '红旗村' };

/** China time on a December 2026 day (UTC+8). */
const china = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour - 8, minute);
const iso = (ms: number) => new Date(ms).toISOString();

/** A handed-in test as the quiz page records it; `passed` is against the module's own mark. */
function takeTest(data: ProgressData, module: SiteModule, percent: number, at: number, wrong: string[] = []) {
  return recordTest(data, module.id, {
    paper: [],
    responses: {},
    wrong,
    percent,
    passed: percent >= module.passMark!,
    at: iso(at),
  });
}

/** The receipt's row as the trainer sees it on 成绩汇总, with the task link known. */
function trainerRow(data: ProgressData, forTask: Task, now: number) {
  const record = recordView(data);
  const receipt = receiptFor(taskId, taskStanding(forTask, site, record), record, who, now);
  const results = buildResults([encodeReceipt(receipt)], { task: forTask, id: taskId }, []);
  return { receipt, row: resultsTable(results, [])[1]! };
}

describe('a trainee’s standing on a task', () => {
  it('counts lessons read and judges each test against the task’s pass mark, not the module’s', () => {
    let data = markLessonRead(emptyProgress(), 'overview/a', iso(china(1, 9)));
    data = takeTest(data, site[0]!, 75, china(2, 9)); // below the module's 80, above the task's 70
    const standing = taskStanding(task, site, recordView(data));
    expect(standing.modules.map((s) => [s.module.code, s.lessonsRead, s.best, s.done])).toEqual([
      ['ov', 1, 75, true],
      ['ve', 0, null, false],
    ]);
    expect(standing.complete).toBe(false);
    expect(standing.next).toEqual({ kind: 'lesson', module: 'village-election', lesson: 'village-election/a' });
  });

  it('lists codes this site does not know and is then never complete', () => {
    let data = takeTest(emptyProgress(), site[0]!, 90, china(2, 9));
    data = takeTest(data, site[1]!, 90, china(2, 10));
    const standing = taskStanding({ ...task, modules: ['ov', 'zz', 've'] }, site, recordView(data));
    expect(standing.unknown).toEqual(['zz']);
    expect(standing.modules.every((s) => s.done)).toBe(true);
    expect(standing.complete).toBe(false);
  });
});

describe('the receipt’s completion time and on-time judgement', () => {
  it('someone who passed on time and improved after the deadline is still on time', () => {
    let data = takeTest(emptyProgress(), site[0]!, 85, china(18, 9));
    data = takeTest(data, site[1]!, 72, china(19, 21, 30), ['village-election-03']);
    // After the deadline, better scores in both tests.
    data = takeTest(data, site[0]!, 100, china(23, 9));
    data = takeTest(data, site[1]!, 95, china(24, 9));
    const { receipt, row } = trainerRow(data, task, china(25, 9));
    expect(receipt.completedAt).toBe(china(19, 21, 30));
    expect(receipt.partial).toBe(false);
    expect(receipt.modules.map((m) => m.best)).toEqual([100, 95]);
    expect(row).toContain('2026-12-19 21:30');
    expect(row).toContain('按时');
  });

  it('someone who first passed after the deadline is late', () => {
    let data = takeTest(emptyProgress(), site[0]!, 90, china(10, 9));
    data = takeTest(data, site[1]!, 50, china(20, 23)); // failed on the last day
    data = takeTest(data, site[1]!, 80, china(21, 0, 5)); // passed five minutes after it ended
    const { receipt, row } = trainerRow(data, task, china(22, 9));
    expect(receipt.completedAt).toBe(china(21, 0, 5));
    expect(onTime(receipt.completedAt, task.deadline!)).toBe(false);
    expect(row).toContain('逾期');
  });

  it('a task asking more than the module’s mark dates a module by its best score instead', () => {
    const strict = { ...task, passMark: 90 };
    let data = takeTest(emptyProgress(), site[0]!, 80, china(5, 9)); // module passed, task not yet
    data = takeTest(data, site[0]!, 95, china(22, 9)); // the task's 90 only now, after the deadline
    data = takeTest(data, site[1]!, 90, china(6, 9));
    const { receipt, row } = trainerRow(data, strict, china(23, 9));
    expect(receipt.completedAt).toBe(china(22, 9));
    expect(row).toContain('逾期');
  });

  it('a partial receipt is dated when it is made and lists the last test’s wrong questions and lessons read', () => {
    const tested = takeTest(emptyProgress(), site[0]!, 60, china(3, 9), ['overview-07', 'overview-02', 'other-01']);
    const data = { ...tested, lessons: { 'overview/b': { at: '2026-12-03T01:00:00Z' } } };
    const record = recordView(data);
    const receipt = receiptFor(taskId, taskStanding(task, site, record), record, who, china(4, 10, 15) + 42_000);
    expect(receipt).toMatchObject({ partial: true, completedAt: china(4, 10, 15), name: '张三', unit: '红旗村' });
    expect(receipt.modules).toEqual([
      { code: 'ov', best: 60, wrong: [2, 7], lessons: { read: 1, total: 2 } },
      { code: 've', best: null, wrong: [], lessons: { read: 0, total: 1 } },
    ]);
  });
});
