/**
 * 成绩汇总 checks a 学习证明: a task's code is a complete receipt, so it is read like one (an edited
 * code fails the checksum) and then compared with the receipt held for the same person of the
 * same task (receiptKey). It matches only when every module's best score is the same.
 * A role path's code (learning-path/path-code.ts) answers no task and has no receipt to compare
 * with: it is checked for damage and edits only, and the verdict says so.
 * Pure and total: any text gives a verdict in Chinese.
 */
import { decodePathCode, firstCode, PATH_CODE_PREFIX } from '../learning-path/path-code.ts';
import { describeCode } from './code-kind.ts';
import { chinaDate } from './dates.ts';
import { findReceipts } from './receipt.ts';
import { receiptKey, type ModuleInfo, type Results } from './results.ts';
import { moduleTitle } from './results-table.ts';

export type CertificateVerdict =
  'match' | 'differs' | 'unknown' | 'other-task' | 'partial' | 'path' | 'damaged' | 'not-certificate' | 'none';

export interface CertificateCheck {
  verdict: CertificateVerdict;
  /** One or two sentences for the trainer. */
  message: string;
}

const WHERE = '证明码以 HJR 或 HJP 开头，印在学习证明的二维码旁边；也可以识别学习证明上的二维码。';

const scoreText = (best: number | null) => (best === null ? '未测验' : `${best} 分`);

export interface CheckOptions {
  /** The site's modules, so scores are named by module title, not by code. */
  modules?: readonly Pick<ModuleInfo, 'code' | 'title'>[];
  /** `text` is what a QR code in a picture holds, so whatever it holds instead of a code is named. */
  fromPicture?: boolean;
}

/** Reads the first code in `text` and checks it against `results`. */
export function checkCertificate(
  text: string,
  results: Results,
  { modules = [], fromPicture = false }: CheckOptions = {},
): CertificateCheck {
  // A path code's body may hold the letters HJR: which kind comes first decides, not whether
  // "HJR" occurs anywhere.
  const code = firstCode(text);
  if (code?.startsWith(PATH_CODE_PREFIX)) return checkPathCode(code, modules);
  const { found, damaged } = findReceipts(text);
  const first = found[0];
  if (!first) {
    if (damaged.length) return { verdict: 'damaged', message: `证明码无效，不能通过核对：${damaged[0]!.error}` };
    const other = describeCode(text);
    return other && (fromPicture || other.kind !== 'text')
      ? { verdict: 'not-certificate', message: `${other.words}，不是学习证明。${WHERE}` }
      : { verdict: 'none', message: `没有找到证明码。${WHERE}` };
  }
  const r = first.receipt;
  const who = `${r.name}（${r.unit}）`;
  if (r.partial) return { verdict: 'partial', message: `这是 ${who} 的部分回执，不是学习证明：当时还没有全部达标。` };
  if (results.taskId !== null && r.taskId !== results.taskId) {
    const held = results.others.some((o) => o.taskId === r.taskId);
    return {
      verdict: 'other-task',
      message: `这是 ${who} 在另一个任务（编号 ${r.taskId}）的学习证明，当前汇总的是任务 ${results.taskId}，${
        held ? '那个任务的回执没有计入本表' : '汇总里没有那个任务的回执'
      }，无法核对。`,
    };
  }
  const row = results.rows.find((row) => row.key === receiptKey(r));
  if (!row) {
    return {
      verdict: 'unknown',
      message: `汇总里没有 ${who} 的回执，无法核对。请先收下此人的回执（姓名和单位要与证明上的一致）。`,
    };
  }
  const held = new Map(row.receipt.modules.map((m) => [m.code, m.best]));
  const shown = new Map(r.modules.map((m) => [m.code, m.best]));
  const codes = [...new Set([...held.keys(), ...shown.keys()])];
  const differences = codes
    .filter((code) => held.get(code) !== shown.get(code))
    .map(
      (code) =>
        `${moduleTitle(code, modules)}：证明 ${scoreText(shown.get(code) ?? null)}，汇总 ${scoreText(held.get(code) ?? null)}`,
    );
  if (differences.length) {
    return {
      verdict: 'differs',
      message: `${who} 的证明与汇总里的回执不一致（${differences.join('；')}）。请以收到的回执为准，或请学员重新发回执。`,
    };
  }
  return { verdict: 'match', message: `核对一致：${who} 的学习证明与汇总里的回执相同，各模块成绩一致。` };
}

function checkPathCode(code: string, modules: NonNullable<CheckOptions['modules']>): CertificateCheck {
  const decoded = decodePathCode(code);
  if (!decoded.ok) return { verdict: 'damaged', message: `证明码无效，不能通过核对：${decoded.error}` };
  const p = decoded.path;
  const scores = p.modules.map((m) => `${moduleTitle(m.code, modules)} ${m.best} 分`).join('，');
  return {
    verdict: 'path',
    message:
      `证明码完整，没有改动：${p.name}（${p.unit}）的“${p.title}”学习证明，${p.modules.length} 个模块均已达标（${scores}），` +
      `${chinaDate(p.completedAt)} 完成。学习路径不是布置的任务，汇总里没有可对照的回执，所以只能确认证明码未被改动，` +
      '不能确认成绩；它由学员自己的浏览器生成，不代表任何单位。',
  };
}
