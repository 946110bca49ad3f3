import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../src/lib/task/bytes';
import { pathCertificateFor, type CertificatePath } from '../../src/lib/learning-path/path-certificate';
import { decodePathCode, encodePathCode, firstCode, type PathCode } from '../../src/lib/learning-path/path-code';
import { modulesToPass } from '../../src/lib/learning-path/progress-marks';
import { certificateText } from '../../src/lib/task/certificate';
import { checkCertificate } from '../../src/lib/task/certificate-check';
import { recordView } from '../../src/lib/task/task-status';
import { recordTest } from '../../src/lib/progress/attempts';
import { emptyProgress, type ProgressData } from '../../src/lib/progress/record';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { buildResults } from '../../src/lib/task/results';

const path: CertificatePath = {
  role: 'village',
  title: '村党组织书记学习路径',
  modules: [
    { code: 'ov', id: 'overview', title: '换届工作总览', passMark: 80, lessons: [] },
    { code: 've', id: 'village-election', title: '村委会选举', passMark: 70, lessons: [] },
  ],
};
const who = { name: '张三', unit: '红旗村' };
/** China time on a December 2026 day (UTC+8). */
const china = (day: number, hour: number) => Date.UTC(2026, 11, day, hour - 8);

function takeTest(data: ProgressData, index: number, percent: number, at: number) {
  const module = path.modules[index]!;
  const test = {
    paper: [],
    responses: {},
    wrong: [],
    percent,
    passed: percent >= module.passMark,
    at: new Date(at).toISOString(),
  };
  return recordTest(data, module.id, test);
}
const passedAll = () => takeTest(takeTest(emptyProgress(), 0, 90, china(2, 9)), 1, 75, china(3, 15));
const make = (data: ProgressData, profile: typeof who | null = who, now = china(9, 9)) =>
  pathCertificateFor(path, recordView(data), profile, now);

describe('a role path’s 学习证明', () => {
  it('names the path, no issuing unit, and lists each module with its best score and the day it was passed', () => {
    const made = make(passedAll());
    if (!made.ok) throw new Error(made.error);
    const c = made.certificate;
    expect([c.name, c.unit, c.title, c.issuer, c.taskId]).toEqual([
      '张三',
      '红旗村',
      '村党组织书记学习路径',
      null,
      null,
    ]);
    expect(c.modules).toEqual([
      { title: '换届工作总览', best: 90, date: '2026-12-02' },
      { title: '村委会选举', best: 75, date: '2026-12-03' },
    ]);
    expect(c.completedOn).toBe('2026-12-03');
  });

  it('says it was made by the trainee’s own browser and stands for no unit, and prints no task number', () => {
    const made = make(passedAll());
    if (!made.ok) throw new Error(made.error);
    const words = certificateText(made.certificate);
    expect(words.completion).toBe('完成了“村党组织书记学习路径”的全部模块，各模块测验均已达标。');
    expect(words.note).toContain('由学员自己的浏览器根据本机学习记录生成，不代表任何单位');
    expect(words.dates).toBe('完成日期：2026-12-03');
    expect(words.codeLabel).not.toContain('回执');
  });

  it('carries a path code (not a receipt) with the path, the person and every score, the same on any later day', () => {
    const data = passedAll();
    const a = make(data, who, china(9, 9));
    const b = make(data, who, china(25, 18));
    if (!a.ok || !b.ok) throw new Error('no certificate');
    expect(a.certificate.code).toMatch(/^HJP1-/);
    expect(b.certificate.code).toBe(a.certificate.code);
    expect(decodePathCode(a.certificate.code)).toEqual({
      ok: true,
      path: {
        role: 'village',
        title: '村党组织书记学习路径',
        ...who,
        completedAt: china(3, 15),
        modules: [
          { code: 'ov', best: 90 },
          { code: 've', best: 75 },
        ],
      },
    });
  });

  it('is refused while a module is below its own pass mark, naming the modules still missing', () => {
    const half = make(takeTest(takeTest(emptyProgress(), 0, 90, china(2, 9)), 1, 60, china(3, 9)));
    expect(half).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(!half.ok && half.error).toBe(
      '还有 1 个模块的测验没有达到及格线：“村委会选举”。全部通过后才能出具学习证明。',
    );
    const none = make(emptyProgress());
    expect(!none.ok && none.error).toContain('还有 2 个模块');
  });

  it('asks for the name and unit on 学习记录 before it is made', () => {
    expect(make(passedAll(), null)).toMatchObject({ ok: false, reason: 'profile' });
    const blank = make(passedAll(), { name: '张三', unit: ' ' });
    expect(!blank.ok && blank.error).toContain('学习记录');
  });

  it('is refused for a path without a test, rather than certifying nothing', () => {
    const empty = pathCertificateFor({ ...path, modules: [] }, recordView(passedAll()), who, china(9, 9));
    expect(empty).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('the modules a path still waits for', () => {
  it('are those with no score or a best score below their own pass mark, in path order', () => {
    const best = new Map([
      ['overview', 80],
      ['village-election', 69],
    ]);
    expect(modulesToPass(path.modules, (id) => best.get(id)).map((m) => m.id)).toEqual(['village-election']);
    expect(modulesToPass(path.modules, () => undefined).map((m) => m.id)).toEqual(['overview', 'village-election']);
  });
});

describe('成绩汇总 checking a path certificate’s code', () => {
  const made = make(passedAll());
  const code = made.ok ? made.certificate.code : '';
  const task: Task = {
    title: '第一期',
    unit: '县委组织部',
    deadline: null,
    passMark: 70,
    modules: ['ov', 've'],
    note: '',
  };
  const results = buildResults([], { task, id: taskIdOf(encodeTask(task)) }, []);

  it('says the code is intact, whose path it is, and that no receipt can confirm its scores', () => {
    const check = checkCertificate(`学习证明 ${code}`, results, { modules: path.modules });
    expect(check.verdict).toBe('path');
    expect(check.message).toContain('证明码完整，没有改动：张三（红旗村）的“村党组织书记学习路径”学习证明');
    expect(check.message).toContain('换届工作总览 90 分，村委会选举 75 分');
    expect(check.message).toContain('只能确认证明码未被改动，不能确认成绩');
    expect(check.message).toContain('不代表任何单位');
  });

  it('refuses an edited code by its checksum', () => {
    const at = code.length - 5;
    const edited = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    const check = checkCertificate(edited, results);
    expect(check.verdict).toBe('damaged');
    expect(check.message).toContain('证明码无效，不能通过核对');
  });

  it('reads the first code whole, so letters HJR inside a path code’s body never start a receipt', () => {
    // Such a body is rare (its random bytes must spell it), so the finding is shown on a made-up one.
    expect(firstCode('学习证明 HJP1-AbHJRcd 转发')).toBe('HJP1-AbHJRcd');
    expect(firstCode('回执 HJR2-xyHJPq；学习证明 HJP1-Ab')).toBe('HJR2-xyHJPq');
    expect(checkCertificate(`学习证明 ${code}`, results, { modules: path.modules }).verdict).toBe('path');
  });

  it('is not taken for a receipt, and a newer version is reported as newer, not as damage', () => {
    expect(checkCertificate(code.replace('HJP1', 'HJR1'), results).verdict).toBe('damaged');
    expect(decodePathCode(code.replace('HJP1', 'HJP2'))).toMatchObject({ ok: false, reason: 'newer' });
  });
});

describe('the path code', () => {
  it('refuses to encode what it could not read back', () => {
    const good = {
      role: 'village',
      title: '路径',
      ...who,
      completedAt: china(3, 15),
      modules: [{ code: 'ov', best: 90 }],
    };
    expect(() => encodePathCode({ ...good, role: 'Village!' })).toThrow(RangeError);
    expect(() => encodePathCode({ ...good, modules: [{ code: 'ov', best: 101 }] })).toThrow(RangeError);
    expect(() => encodePathCode({ ...good, name: '' })).toThrow(RangeError);
  });

  it('never throws on any text, and reads nothing from text that is not a path code', () => {
    for (const text of ['', 'HJP1-', 'HJP1-AAAA', 'HJP0-AAAAAAAAAAAA', 'HJP1-你好', `HJP1-${'A'.repeat(3000)}`]) {
      expect(decodePathCode(text).ok).toBe(false);
    }
  });
});

describe('the path code, over any input', () => {
  const text = (max: number) =>
    fc
      .string({ unit: 'binary', minLength: 1, maxLength: max })
      .filter((t) => t.length <= max && isPlainText(t) && t.trim().length > 0);
  const pathCode: fc.Arbitrary<PathCode> = fc.record({
    role: fc.stringMatching(/^[a-z]{1,16}$/),
    title: text(40),
    name: text(20),
    unit: text(30),
    completedAt: fc.integer({ min: 0, max: 60 * 24 * 365 * 80 }).map((m) => Date.UTC(2020, 0, 1) + m * 60_000),
    modules: fc.uniqueArray(
      fc.record({ code: fc.stringMatching(/^[a-z0-9]{1,4}$/), best: fc.integer({ min: 0, max: 100 }) }),
      { minLength: 1, maxLength: 30, selector: (m) => m.code },
    ),
  });

  it('reads back exactly what was written', () => {
    fc.assert(
      fc.property(pathCode, (c) => {
        expect(decodePathCode(encodePathCode(c))).toEqual({ ok: true, path: c });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every one-character edit of a code rather than reading other scores', () => {
    fc.assert(
      fc.property(
        pathCode,
        fc.nat(),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
        (c, n, ch) => {
          const code = encodePathCode(c);
          const at = 5 + (n % (code.length - 5));
          fc.pre(code[at] !== ch);
          const result = decodePathCode(code.slice(0, at) + ch + code.slice(at + 1));
          expect(result.ok && result.path).not.toEqual(c);
        },
      ),
      { numRuns: 300 },
    );
  });
});
