import { describe, expect, it } from 'vitest';
import { certificateFor } from '../../src/lib/task/certificate';
import { checkCertificate } from '../../src/lib/task/certificate-check';
import { recordView, type SiteModule } from '../../src/lib/task/task-status';
import { recordTest } from '../../src/lib/progress/attempts';
import { emptyProgress, type ProgressData } from '../../src/lib/progress/record';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { decodeReceipt, encodeReceipt } from '../../src/lib/task/receipt';
import { buildResults } from '../../src/lib/task/results';

const site: SiteModule[] = [
  { code: 'ov', id: 'overview', title: '换届工作总览', passMark: 80, lessons: [] },
  { code: 've', id: 'village-election', title: '村委会选举', passMark: 70, lessons: [] },
];
const task: Task = {
  title: '第一期',
  unit: '县委组织部',
  deadline: null,
  passMark: 70,
  modules: ['ov', 've'],
  note: '',
};
const linked = { task, id: taskIdOf(encodeTask(task)) };
const who = { name: '张三', unit: '红旗村' };
/** China time on a December 2026 day (UTC+8). */
const china = (day: number, hour: number) => Date.UTC(2026, 11, day, hour - 8);

function takeTest(data: ProgressData, module: SiteModule, percent: number, at: number) {
  const test = {
    paper: [],
    responses: {},
    wrong: [],
    percent,
    passed: percent >= module.passMark!,
    at: new Date(at).toISOString(),
  };
  return recordTest(data, module.id, test);
}
const passedAll = () => takeTest(takeTest(emptyProgress(), site[0]!, 90, china(2, 9)), site[1]!, 80, china(3, 15));
const make = (data: ProgressData, profile = who) =>
  certificateFor(linked, site, recordView(data), profile, china(9, 9));

describe('a 学习证明', () => {
  it('lists each module with its best score and the day it was passed, and carries the complete receipt code', () => {
    const made = make(passedAll());
    if (!made.ok) throw new Error(made.error);
    const c = made.certificate;
    expect([c.name, c.unit, c.title, c.issuer]).toEqual(['张三', '红旗村', '第一期', '县委组织部']);
    expect(c.modules).toEqual([
      { title: '换届工作总览', best: 90, date: '2026-12-02' },
      { title: '村委会选举', best: 80, date: '2026-12-03' },
    ]);
    expect(c.completedOn).toBe('2026-12-03');
    const receipt = decodeReceipt(c.code);
    expect(receipt.ok && receipt.receipt).toMatchObject({ taskId: linked.id, name: '张三', partial: false });
  });

  it('is the same code on another day, so the trainer sees the receipt they already hold', () => {
    const data = passedAll();
    const a = certificateFor(linked, site, recordView(data), who, china(9, 9));
    const b = certificateFor(linked, site, recordView(data), who, china(20, 18));
    expect(a.ok && b.ok && a.certificate.code === b.certificate.code).toBe(true);
  });

  it('is refused, with the reason in Chinese, while a module is below the pass mark or the name is missing', () => {
    const half = make(takeTest(emptyProgress(), site[0]!, 90, china(2, 9)));
    expect(half).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(!half.ok && half.error).toContain('还有 1 个模块');
    expect(make(passedAll(), { name: ' ', unit: '红旗村' })).toMatchObject({ ok: false, reason: 'profile' });
  });
});

describe('成绩汇总 checking a certificate’s code', () => {
  const made = make(passedAll());
  const code = made.ok ? made.certificate.code : '';
  const held = (codes: string[]) => buildResults(codes, linked, []);

  it('matches the receipt held for the same person of the same task with the same scores', () => {
    expect(checkCertificate(`学习证明 ${code}`, held([code])).verdict).toBe('match');
  });

  it('refuses an edited code by its checksum', () => {
    const at = code.length - 5;
    const edited = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    const check = checkCertificate(edited, held([code]));
    expect(check.verdict).toBe('damaged');
    expect(check.message).toContain('不能通过核对');
  });

  it('says so when the held receipt has other scores, the person is unknown, or the code is partial', () => {
    const better = takeTest(passedAll(), site[1]!, 100, china(5, 9));
    const later = make(better);
    expect(later.ok).toBe(true);
    const differs = checkCertificate(code, held([later.ok ? later.certificate.code : '']), { modules: site });
    expect(differs.verdict).toBe('differs');
    expect(differs.message).toContain('村委会选举：证明 80 分，汇总 100 分');

    const other = make(passedAll(), { name: '李四', unit: '红旗村' });
    expect(checkCertificate(code, held([other.ok ? other.certificate.code : ''])).verdict).toBe('unknown');

    const partial = encodeReceipt({
      taskId: linked.id,
      ...who,
      completedAt: china(2, 10),
      partial: true,
      modules: [{ code: 'ov', best: 90, wrong: [] }],
    });
    expect(checkCertificate(partial, held([code])).verdict).toBe('partial');
    expect(checkCertificate('没有代码', held([code])).verdict).toBe('none');
  });
});
