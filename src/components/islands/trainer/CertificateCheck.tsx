/**
 * 核对学习证明 on 成绩汇总: the trainer pastes the code from a trainee's certificate (or the text
 * around it) and hears whether it matches the receipt held for that person, or, for a role path's
 * certificate, only whether its code is intact (lib/task/certificate-check).
 */
import { useState } from 'preact/hooks';
import { checkCertificate, type CertificateCheck as Check } from '../../../lib/task/certificate-check';
import type { Results } from '../../../lib/task/results';

export default function CertificateCheck({ results }: { results: Results }) {
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  return (
    <section class="certificate-check-form" aria-labelledby="certificate-check-title">
      <h2 id="certificate-check-title">核对学习证明</h2>
      <div class="field">
        <label for="certificate-code">学习证明上的证明码（以 HJR 或 HJP 开头）</label>
        <textarea id="certificate-code" rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <p class="actions">
        <button type="button" onClick={() => setCheck(checkCertificate(text, results))}>
          核对
        </button>
      </p>
      <p role="status" class={check === null ? undefined : check.verdict === 'match' ? 'status-ok' : 'notice'}>
        {check?.message}
      </p>
    </section>
  );
}
