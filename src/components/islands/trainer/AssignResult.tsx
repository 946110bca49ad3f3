/**
 * The created task: its link with copy buttons, one large QR code, and the one-page notice
 * (通知单) that prints on its own. Everything shown comes from the trainer's own form.
 */
import PrintButton from '../shared/PrintButton';
import { useState } from 'preact/hooks';
import { deadlineText, minutesText, totalMinutes, type AssignableModule } from '../../../lib/task/assign';
import { TASK_PARAM, type Task } from '../../../lib/task/link';
import { withBase } from '../../../lib/url';
import QrImage from '../shared/QrImage';
import { copyText } from '../shared/clipboard';

/** A task the trainer has just made: its link, and the payload and id the link carries. */
export interface Created {
  task: Task;
  payload: string;
  id: string;
  link: string;
}

interface Props {
  created: Created;
  modules: AssignableModule[];
  base: string;
}

/** Above this a QR code gets dense (version > 10 at level M), and chat apps may cut the link. */
const LONG_LINK = 200;

/** The message a trainer pastes into the group. */
export function groupMessage({ task, link }: Created, modules: AssignableModule[]): string {
  return [
    `【学习任务】${task.title}`,
    `发布单位：${task.unit}`,
    task.deadline ? `截止日期：${deadlineText(task.deadline)}` : '',
    `学习内容：${modules.map((m) => m.title).join('、')}（${minutesText(totalMinutes(modules))}）`,
    `每个模块测验达到 ${task.passMark} 分即完成。`,
    task.note,
    `点开链接开始学习，完成后把页面上的回执码复制发回本群：${link}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export default function AssignResult({ created, modules, base }: Props) {
  const { task, link, payload } = created;
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const copy = async (text: string, what: string) => {
    if (await copyText(text)) {
      setManual(null);
      setStatus(`已复制${what}，可以粘贴到微信群。`);
    } else {
      setManual(text);
      setStatus(`浏览器不允许自动复制，请在下面的框里长按（或按 Ctrl+C）复制${what}。`);
    }
  };
  const resultsHref = withBase(base, `trainer/results/?${TASK_PARAM}=${payload}`);
  return (
    <section class="assign-result" id="assign-result" tabIndex={-1} aria-labelledby="assign-result-title">
      <h2 id="assign-result-title">任务已生成：{task.title}</h2>
      <div class="field">
        <label for="task-link">任务链接（{link.length} 个字符）</label>
        <input id="task-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      {link.length > LONG_LINK && (
        <p class="notice">链接较长，二维码会比较密、不易扫。可以缩短任务名称、单位或说明后重新生成。</p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => copy(link, '任务链接')}>
          复制链接
        </button>
        <button type="button" onClick={() => copy(groupMessage(created, modules), '群通知')}>
          复制群通知（含链接）
        </button>
        <PrintButton label="打印通知单" />
      </div>
      <p role="status" class="copy-status">
        {status}
      </p>
      {manual !== null && (
        <div class="field">
          <label for="manual-copy">要复制的内容</label>
          <textarea id="manual-copy" readOnly rows={6} value={manual} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <p>
        学员收到后：点开链接或用微信扫码，按页面上的顺序学习、参加测验，完成后把回执码发回群里。 收回执时打开
        <a href={resultsHref}>这个任务的成绩汇总</a>，粘贴群里的消息即可。
      </p>

      <article class="print-sheet" aria-labelledby="sheet-title">
        <h2 id="sheet-title" class="sheet-title">
          学习任务通知：{task.title}
        </h2>
        <dl class="sheet-facts">
          <dt>发布单位</dt>
          <dd>{task.unit}</dd>
          <dt>截止日期</dt>
          <dd>{task.deadline ? deadlineText(task.deadline) : '不限'}</dd>
          <dt>完成要求</dt>
          <dd>每个模块的测验达到 {task.passMark} 分</dd>
        </dl>
        {task.note && <p class="sheet-note">{task.note}</p>}
        <table class="sheet-modules">
          <caption>学习内容（{minutesText(totalMinutes(modules))}）</caption>
          <thead>
            <tr>
              <th scope="col">顺序</th>
              <th scope="col">模块</th>
              <th scope="col">时间</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m, i) => (
              <tr key={m.code}>
                <td>{i + 1}</td>
                <td>{m.title}</td>
                <td>{minutesText(m.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="sheet-code">
          <QrImage text={link} alt={`任务“${task.title}”的链接二维码，用微信扫一扫或长按识别`} />
          <ol class="sheet-steps">
            <li>用微信扫一扫（或长按识别）左边的二维码，打开学习任务。</li>
            <li>第一次打开时填写姓名和单位。</li>
            <li>按顺序学完每个模块并参加测验，达到 {task.passMark} 分。</li>
            <li>全部完成后，复制页面上的回执码，发回培训群。</li>
          </ol>
        </div>
        <p class="sheet-link">链接：{link}</p>
      </article>
    </section>
  );
}
