/**
 * The 学习证明 of a role path: when every module of the path that has a test is passed at its own
 * pass mark, the same certificate a task gives (task/certificate.ts), but issued by no unit and
 * answering no task, so its code is a path code (path-code.ts), not a receipt. Dated like a
 * receipt: the day the last module was first passed, so it reads the same every time it is shown.
 */
import type { Profile } from '../progress/record';
import type { CertificateResult } from '../task/certificate.ts';
import { chinaDate } from '../task/dates.ts';
import { doneAt, type RecordView, type SiteModule } from '../task/task-status.ts';
import { encodePathCode, pathCodeProblems, type PathCode } from './path-code.ts';
import { modulesToPass } from './progress-marks.ts';

export interface CertificatePath {
  /** The role's key (`village` …). */
  role: string;
  /** The path's name, e.g. 村党组织书记学习路径. */
  title: string;
  /** The path's modules that have a test, in path order. */
  modules: readonly (SiteModule & { passMark: number })[];
}

export function pathCertificateFor(
  path: CertificatePath,
  record: RecordView,
  profile: Profile | null,
  now: number,
): CertificateResult {
  if (!path.modules.length) return { ok: false, reason: 'invalid', error: '这条学习路径没有测验，无法出具学习证明。' };
  const missing = modulesToPass(path.modules, (id) => record.tests.get(id)?.best);
  if (missing.length) {
    return {
      ok: false,
      reason: 'incomplete',
      error: `还有 ${missing.length} 个模块的测验没有达到及格线：${missing.map((m) => `“${m.title}”`).join('、')}。全部通过后才能出具学习证明。`,
    };
  }
  if (!profile?.name.trim() || !profile.unit.trim()) {
    return { ok: false, reason: 'profile', error: '请先在“学习记录”页填写姓名和单位，学习证明上要写明是谁完成的。' };
  }
  const dates = path.modules.map((m) => doneAt(m, record.tests.get(m.id), m.passMark));
  const known = dates.filter((t): t is number => t !== undefined);
  const completedAt = Math.floor((known.length === dates.length ? Math.max(...known) : now) / 60_000) * 60_000;
  const code: PathCode = {
    role: path.role,
    title: path.title,
    name: profile.name.trim(),
    unit: profile.unit.trim(),
    completedAt,
    modules: path.modules.map((m) => ({ code: m.code, best: record.tests.get(m.id)!.best })),
  };
  const problems = pathCodeProblems(code);
  if (problems.length) return { ok: false, reason: 'invalid', error: `学习证明无法生成：${problems.join(' ')}` };
  return {
    ok: true,
    certificate: {
      name: code.name,
      unit: code.unit,
      title: path.title,
      issuer: null,
      taskId: null,
      modules: path.modules.map((m, i) => ({
        title: m.title,
        best: record.tests.get(m.id)!.best,
        date: dates[i] === undefined ? null : chinaDate(dates[i]),
      })),
      completedOn: chinaDate(completedAt),
      code: encodePathCode(code),
    },
  };
}
