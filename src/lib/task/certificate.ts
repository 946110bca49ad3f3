/**
 * 学习证明: what a trainee who has passed every module of a task (or of a role path,
 * learning-path/path-certificate.ts) can print or save as a picture. A task's code is its complete
 * receipt code (receipt.ts, current version): the trainer checks it on 成绩汇总 against the receipts
 * held there (certificate-check.ts). Pure: the page renders these lines to the DOM for printing and
 * to a canvas for WeChat.
 */
import type { Profile } from '../progress/record';
import { chinaDate } from './dates.ts';
import type { Task } from './link.ts';
import { encodeReceipt, receiptProblems } from './receipt.ts';
import { doneAt, receiptFor, taskStanding, type RecordView, type SiteModule } from './task-status.ts';

export interface CertificateModule {
  title: string;
  best: number;
  /** China date (YYYY-MM-DD) the module was first done for the task, or null when not known. */
  date: string | null;
}

export interface Certificate {
  name: string;
  unit: string;
  /** The task's title, or the role path's name. */
  title: string;
  /** The task's issuing unit, as the trainer wrote it in the link; null for a role path, which no unit issues. */
  issuer: string | null;
  /** The task's id; null for a role path. */
  taskId: string | null;
  modules: CertificateModule[];
  /** When the last module was done: the receipt's completion day. */
  completedOn: string;
  /** A task's complete receipt code, or a role path's code (path-code.ts), with the same checksum. */
  code: string;
}

export type CertificateResult =
  { ok: true; certificate: Certificate } | { ok: false; reason: 'profile' | 'incomplete' | 'invalid'; error: string };

/** The certificate for a task, or why there is none yet (in Chinese for the trainee). */
export function certificateFor<M extends SiteModule>(
  task: { task: Task; id: string },
  site: readonly M[],
  record: RecordView,
  profile: Profile | null,
  now: number,
): CertificateResult {
  const standing = taskStanding(task.task, site, record);
  if (!standing.complete) {
    const left = standing.modules.filter((s) => !s.done).length;
    return {
      ok: false,
      reason: 'incomplete',
      error: standing.unknown.length
        ? '任务里有本站找不到的模块，无法出具学习证明。请刷新页面；仍然找不到时，请告诉培训组织者。'
        : `还有 ${left} 个模块的测验没有达到 ${task.task.passMark} 分。全部达标后才能出具学习证明。`,
    };
  }
  if (!profile?.name.trim() || !profile.unit.trim()) {
    return { ok: false, reason: 'profile', error: '请先在学习任务页填写姓名和单位，学习证明上要写明是谁完成的。' };
  }
  const receipt = receiptFor(task.id, standing, record, profile, now);
  const problems = receiptProblems(receipt);
  if (problems.length) return { ok: false, reason: 'invalid', error: `学习证明无法生成：${problems.join(' ')}` };
  return {
    ok: true,
    certificate: {
      name: receipt.name,
      unit: receipt.unit,
      title: task.task.title,
      issuer: task.task.unit,
      taskId: task.id,
      modules: standing.modules.map((s) => {
        const at = doneAt(s.module, record.tests.get(s.module.id), standing.passMark);
        return { title: s.module.title, best: s.best!, date: at === undefined ? null : chinaDate(at) };
      }),
      completedOn: chinaDate(receipt.completedAt),
      code: encodeReceipt(receipt),
    },
  };
}

/** The words around the names and scores, on paper and in the picture alike: honest about who issued it. */
export function certificateText(c: Certificate) {
  return c.issuer === null
    ? {
        completion: `完成了“${c.title}”的全部模块，各模块测验均已达标。`,
        dates: `完成日期：${c.completedOn}`,
        codeLabel: '证明码：',
        note: '本证明由学员自己的浏览器根据本机学习记录生成，不代表任何单位，没有经过服务器。学习路径不是培训组织者布置的任务，没有对应的回执：证明码带校验位，培训组织者可在“成绩汇总”中核对它是否完整、有无改动，但无法与收到的成绩对照。',
      }
    : {
        completion: `完成了${c.issuer}布置的学习任务“${c.title}”，各模块测验均已达标。`,
        dates: `完成日期：${c.completedOn} · 任务编号：${c.taskId}`,
        codeLabel: '证明码（与回执码相同）：',
        note: '本证明由学员本人的浏览器根据本机学习记录生成，没有经过服务器。证明码即回执码，带校验位：培训组织者可在“成绩汇总”中粘贴或拍照识别证明码，与收到的回执核对姓名、单位和成绩。',
      };
}
