import { describe, expect, it, vi } from 'vitest';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { decodeReceipt, encodeReceipt, type Receipt } from '../../src/lib/task/receipt';

const decodeOk = (code: string): Receipt => {
  const result = decodeReceipt(code);
  if (!result.ok) throw new Error(result.error);
  return result.receipt;
};
import { buildResults, sortRows, type ModuleInfo } from '../../src/lib/task/results';
import { addCodes, emptyResults, openResultsStore, RESULTS_KEY } from '../../src/lib/task/results-store';
import { resultsTable } from '../../src/lib/task/results-table';

const modules: ModuleInfo[] = [
  { code: 'ov', id: 'overview', title: '换届工作总览', passMark: 80 },
  { code: 've', id: 'village-election', title: '村委会选举', passMark: 70 },
];
const task: Task = {
  title: '第一期',
  unit: '县委组织部',
  deadline: '2026-12-20',
  passMark: 80,
  modules: ['ov', 've'],
  note: '',
};
const payload = encodeTask(task);
const linked = { task, id: taskIdOf(payload) };

const at = (day: number, hour = 2) => Date.UTC(2026, 11, day, hour);
const receipt = (name: string, scores: [number | null, number | null], extra: Partial<Receipt> = {}): string =>
  encodeReceipt({
    taskId: linked.id,
    name,
    unit: '红旗村',
    completedAt: at(10),
    partial: false,
    modules: [
      { code: 'ov', best: scores[0], wrong: [4] },
      { code: 've', best: scores[1], wrong: name === '张三' ? [4, 9] : [9] },
    ],
    ...extra,
  });

describe('building the results table', () => {
  it('merges a trainee’s receipts (latest wins), flags other tasks, and judges pass and deadline', () => {
    const codes = [
      receipt('张三', [60, 90], { partial: true, completedAt: at(5) }),
      receipt('李四', [95, 85], { completedAt: at(21) }),
      receipt(' 张三 ', [90, 90], { completedAt: at(12) }),
      receipt('王五', [90, 90], { taskId: 'ABCDEF' }),
      'HJR1-damaged',
    ];
    const results = buildResults(codes, linked, modules);
    expect(results.columns).toEqual(['ov', 've']);
    expect(results.rows.map((r) => [r.receipt.name, r.scores, r.passed, r.onTime])).toEqual([
      [' 张三 ', [90, 90], true, true],
      ['李四', [95, 85], true, false],
    ]);
    expect(results.replaced).toBe(1);
    expect(results.others).toEqual([{ taskId: 'ABCDEF', names: ['王五'] }]);
    expect(results.summary).toMatchObject({ people: 2, complete: 2, passed: 2, passRate: 100, averages: [92.5, 87.5] });
    expect(results.summary.wrong.slice(0, 2)).toEqual([
      { code: 'ov', number: 4, count: 2 },
      { code: 've', number: 9, count: 2 },
    ]);
  });

  it('without a task link follows the most common task and each module’s own pass mark', () => {
    const results = buildResults([receipt('甲', [80, 70]), receipt('乙', [79, null])], null, modules);
    expect(results.taskId).toBe(linked.id);
    expect(results.rows.map((r) => [r.passed, r.onTime])).toEqual([
      [true, null],
      [false, null],
    ]);
    expect(results.summary.passRate).toBe(50);
  });

  it('marks a partial receipt as not passed, whatever its scores', () => {
    const results = buildResults([receipt('丙', [100, 100], { partial: true })], linked, modules);
    expect(results.rows[0]!.passed).toBe(false);
    expect(results.summary.complete).toBe(0);
  });

  it('sorts by name in pinyin order, by score with missing scores last', () => {
    const results = buildResults(
      [receipt('张三', [70, 80]), receipt('李四', [null, 90]), receipt('安娜', [90, 60])],
      linked,
      modules,
    );
    expect(sortRows(results.rows, 'name').map((r) => r.receipt.name)).toEqual(['安娜', '李四', '张三']);
    expect(sortRows(results.rows, { column: 0 }, true).map((r) => r.receipt.name)).toEqual(['安娜', '张三', '李四']);
  });

  it('makes its Chinese collator only when there is something to sort by name (it costs 100–300 ms on a phone)', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'Collator');
    try {
      const fresh = await import('../../src/lib/task/results');
      expect(fresh.sortRows([], 'name')).toEqual([]);
      expect(made).not.toHaveBeenCalled();
      const results = fresh.buildResults([receipt('张三', [70, 80]), receipt('安娜', [90, 60])], linked, modules);
      expect(fresh.sortRows(results.rows, 'name').map((r) => r.receipt.name)).toEqual(['安娜', '张三']);
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });

  it('exports rows with Chinese headers and the receipt code for re-import', () => {
    const code = receipt('张三', [90, 60]);
    const [header, row] = resultsTable(buildResults([code], linked, modules), modules);
    expect(header).toEqual([
      '姓名',
      '单位',
      '换届工作总览（最高分）',
      '村委会选举（最高分）',
      '已读课数',
      '是否通过',
      '状态',
      '完成时间',
      '是否按时',
      '错题',
      '回执码',
    ]);
    expect(row).toEqual([
      '张三',
      '红旗村',
      90,
      60,
      '未报告',
      '否',
      '未达标',
      '2026-12-10 10:00',
      '按时',
      '换届工作总览 第 4 题；村委会选举 第 4、9 题',
      code,
    ]);
  });

  it('dates a partial receipt “截至”, never 按时, and names it partial', () => {
    const code = receipt('李四', [90, null], { partial: true, completedAt: at(9) });
    const results = buildResults([code], linked, modules);
    expect(results.rows[0]!.onTime).toBeNull();
    const [, row] = resultsTable(results, modules);
    expect(row!.slice(4, 9)).toEqual(['未报告', '否', '部分', '截至 2026-12-09 10:00', '未完成']);
  });

  it('sums the lessons read that a version-2 receipt reports over the task’s modules', () => {
    const code = encodeReceipt({
      ...decodeOk(receipt('王五', [90, 90])),
      modules: [
        { code: 'ov', best: 90, wrong: [], lessons: { read: 2, total: 3 } },
        { code: 've', best: 90, wrong: [], lessons: { read: 1, total: 2 } },
        { code: 'xx', best: 90, wrong: [], lessons: { read: 9, total: 9 } },
      ],
    });
    const [, row] = resultsTable(buildResults([code], linked, modules), modules);
    expect(row![4]).toBe('3 / 5 课');
  });

  it('takes “张 三” and “张三” of the same unit for one person, as merging a record does', () => {
    const results = buildResults(
      [receipt('张 三', [60, 60], { completedAt: at(3) }), receipt('张三', [90, 90], { completedAt: at(4) })],
      linked,
      modules,
    );
    expect(results.rows.map((r) => r.receipt.name)).toEqual(['张三']);
    expect(results.replaced).toBe(1);
  });
});

describe('the results store', () => {
  const memory = (initial?: string) => {
    const map = new Map<string, string>(initial === undefined ? [] : [[RESULTS_KEY, initial]]);
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
  };

  it('keeps codes once each, in the order added', () => {
    expect(addCodes({ ...emptyResults(), codes: ['a'] }, ['b', 'a', 'b', 'c'])).toEqual({
      data: { ...emptyResults(), codes: ['a', 'b', 'c'] },
      added: 2,
    });
  });

  it('saves under its own key with a version and reads it back', () => {
    const storage = memory();
    openResultsStore(() => storage).update((d) => addCodes(d, ['x']).data);
    expect(JSON.parse(storage.map.get(RESULTS_KEY)!)).toEqual({
      version: 2,
      task: null,
      codes: ['x'],
      rosters: {},
      pairs: {},
    });
    expect(openResultsStore(() => storage).read().codes).toEqual(['x']);
  });

  it('reads what version 1 saved (no 名单) and keeps it when adding the 名单', () => {
    const storage = memory('{"version":1,"task":"T","codes":["a"]}');
    const store = openResultsStore(() => storage);
    expect(store.read()).toEqual({ version: 2, task: 'T', codes: ['a'], rosters: {}, pairs: {} });
    store.update((d) => ({ ...d, rosters: { ABC123: '张三\n李四' } }));
    expect(JSON.parse(storage.map.get(RESULTS_KEY)!)).toEqual({
      version: 2,
      task: 'T',
      codes: ['a'],
      rosters: { ABC123: '张三\n李四' },
      pairs: {},
    });
  });

  it.each([
    ['damaged', '{"version":1,"codes":"x"', 'unreadable'],
    ['of a newer site', '{"version":3,"task":null,"codes":[]}', 'newer'],
    ['damaged in its 名单', '{"version":2,"task":null,"codes":[],"rosters":[1],"pairs":{}}', 'unreadable'],
  ])('never overwrites data that is %s', (_, raw, status) => {
    const storage = memory(raw);
    const store = openResultsStore(() => storage);
    expect(store.status()).toBe(status);
    store.update((d) => addCodes(d, ['y']).data);
    expect(storage.map.get(RESULTS_KEY)).toBe(raw);
    expect(store.read().codes).toEqual(['y']);
  });

  it('pastes in two tabs both count: each change re-reads what the other saved', () => {
    const storage = memory();
    const first = openResultsStore(() => storage);
    const second = openResultsStore(() => storage);
    first.update((d) => addCodes(d, ['a']).data);
    second.update((d) => addCodes(d, ['b']).data);
    first.update((d) => ({ ...d, task: 'T' }));
    expect(JSON.parse(storage.map.get(RESULTS_KEY)!)).toMatchObject({ version: 2, task: 'T', codes: ['a', 'b'] });
    expect(second.read()).toEqual({ ...emptyResults(), task: 'T', codes: ['a', 'b'] });
  });

  it('keeps a paste that did not fit and saves it with the next one, on top of the other tab', () => {
    const storage = memory();
    let full = false;
    const cramped = {
      getItem: storage.getItem,
      setItem: (k: string, v: string) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const first = openResultsStore(() => cramped);
    full = true;
    expect(first.update((d) => addCodes(d, ['a']).data)).toBe('full');
    full = false;
    openResultsStore(() => storage).update((d) => addCodes(d, ['b']).data);
    expect(first.update((d) => addCodes(d, ['c']).data)).toBe('ok');
    expect(JSON.parse(storage.map.get(RESULTS_KEY)!).codes).toEqual(['b', 'a', 'c']);
  });

  it('clearing replaces unreadable data only when asked', () => {
    const storage = memory('{"version":1,"codes":"x"');
    const store = openResultsStore(() => storage);
    expect(store.overwrite(emptyResults())).toBe('ok');
    expect(JSON.parse(storage.map.get(RESULTS_KEY)!)).toEqual(emptyResults());
  });

  it('works for the visit when storage is blocked', () => {
    const store = openResultsStore(() => {
      throw new Error('SecurityError');
    });
    expect(store.status()).toBe('blocked');
    store.update((d) => addCodes(d, ['z']).data);
    expect(store.read().codes).toEqual(['z']);
  });
});
