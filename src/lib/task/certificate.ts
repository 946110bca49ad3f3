/**
 * 学习证明: what a trainee who has passed every module of a task can print or save as a picture.
 * Its code is the task's complete receipt code (receipt.ts, current version): the trainer checks
 * it on 成绩汇总 against the receipts held there (certificate-check.ts). Pure: the page renders
 * these lines to the DOM for printing and to a canvas for WeChat.
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
  taskTitle: string;
  /** The task's issuing unit, as the trainer wrote it in the link. */
  issuer: string;
  taskId: string;
  modules: CertificateModule[];
  /** When the last module was done: the receipt's completion day. */
  completedOn: string;
  /** The complete receipt code: the same checksum the trainer's 成绩汇总 reads. */
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
      taskTitle: task.task.title,
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

/** The honest small print, on paper and in the picture alike. */
export const CERTIFICATE_NOTE =
  '本证明由学员本人的浏览器根据本机学习记录生成，没有经过服务器。证明码即回执码，带校验位：培训组织者可在“成绩汇总”中粘贴或拍照识别证明码，与收到的回执核对姓名、单位和成绩。';
