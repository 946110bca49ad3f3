/**
 * The receipt (回执): a short code and its QR image, with a copy button. Complete when every
 * assigned test reaches the pass mark; before that the trainee may send a partial one, marked so.
 */
import { useState } from 'preact/hooks';
import { receiptFor, type RecordView, type TaskStanding, type SiteModule } from '../../../lib/task/task-status';
import { chinaDateTime } from '../../../lib/task/dates';
import { encodeReceipt, receiptProblems } from '../../../lib/task/receipt';
import QrImage from '../shared/QrImage';
import { copyText } from '../shared/clipboard';
import type { Profile } from '../../../lib/progress/record';

interface Props {
  taskId: string;
  standing: TaskStanding<SiteModule>;
  record: RecordView;
  profile: Profile | null;
}

export default function TaskReceipt({ taskId, standing, record, profile }: Props) {
  const [wantPartial, setWantPartial] = useState(false);
  const [madeAt, setMadeAt] = useState(() => Date.now());
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState(false);

  const heading = <h2 id="receipt-title">回执</h2>;
  if (!profile) {
    return (
      <section class="task-receipt" aria-labelledby="receipt-title">
        {heading}
        <p>请先在上面填写姓名和单位，回执里要写明是谁完成的。</p>
      </section>
    );
  }
  if (!standing.complete && !wantPartial) {
    return (
      <section class="task-receipt" aria-labelledby="receipt-title">
        {heading}
        <p>每个模块的测验都达标后，这里会出现回执码。培训组织者想了解进度时，也可以先发一份部分回执。</p>
        <button
          type="button"
          onClick={() => {
            setMadeAt(Date.now());
            setWantPartial(true);
          }}
        >
          生成部分回执（目前进度）
        </button>
      </section>
    );
  }
  const receipt = receiptFor(taskId, standing, record, profile, madeAt);
  const problems = receiptProblems(receipt);
  if (problems.length) {
    return (
      <section class="task-receipt" aria-labelledby="receipt-title">
        {heading}
        <p class="notice" role="alert">
          回执无法生成：{problems.join(' ')}
        </p>
      </section>
    );
  }
  const code = encodeReceipt(receipt);
  const message = `${receipt.partial ? '部分回执' : '回执'} ${profile.name}（${profile.unit}）：${code}`;
  const copy = async () => {
    const ok = await copyText(message);
    setManual(!ok);
    setStatus(ok ? '已复制，请粘贴到培训群或发给培训组织者。' : '浏览器不允许自动复制，请长按下面的回执码选择“复制”。');
  };
  return (
    <section class="task-receipt" aria-labelledby="receipt-title">
      {heading}
      {receipt.partial ? (
        <p>
          <span class="partial-badge">部分回执：尚未全部达标</span> 这是截至 {chinaDateTime(receipt.completedAt)}{' '}
          的进度，全部达标后请再发一次完整回执。
        </p>
      ) : (
        <p class="status-ok">全部测验已达标（完成于 {chinaDateTime(receipt.completedAt)}）。请把回执码发回培训群。</p>
      )}
      <p class="receipt-code" id="receipt-code" data-receipt-code>
        {code}
      </p>
      <p class="actions">
        <button type="button" class="primary" onClick={copy}>
          复制回执
        </button>
      </p>
      <p role="status" class="copy-status">
        {status}
      </p>
      {manual && (
        <div class="field">
          <label for="receipt-manual">回执（长按全选后复制）</label>
          <textarea id="receipt-manual" readOnly rows={4} value={message} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <p>
        最好复制上面的文字回执码发到群里。不方便复制时，也可以截屏下面的二维码发到群里，培训组织者能从截图中读出回执。
      </p>
      <QrImage text={code} alt={`${profile.name}的回执二维码（内容与上面的回执码相同）`} />
      <p class="meta">
        回执只记录本机浏览器里的成绩，发出前不会上传到任何地方。换了手机或浏览器时，先在原来的地方打开“我的学习记录”复制学习记录码，到新地方导入后再生成回执。
      </p>
    </section>
  );
}
