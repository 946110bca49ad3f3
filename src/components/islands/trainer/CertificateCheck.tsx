/**
 * 核对学习证明 on 成绩汇总: the trainer pastes the code from a trainee's certificate (or the text
 * around it), or gives pictures of its QR code (chosen, pasted or dropped, as receipts are), and
 * hears for each whether it matches the receipt held for that person, or, for a role path's
 * certificate, only whether its code is intact (lib/task/certificate-check).
 */
import { useState } from 'preact/hooks';
import {
  checkCertificate,
  type CertificateCheck as Check,
  type CertificateVerdict as Verdict,
} from '../../../lib/task/certificate-check';
import type { ModuleInfo, Results } from '../../../lib/task/results';
import { pictureEvents, readPictures } from './picture-input';

/** One verdict, and the picture it came from (none for pasted text). */
interface Shown extends Check {
  picture?: string;
}

const NOT_A_CODE: Verdict[] = ['damaged', 'partial', 'not-certificate', 'none'];

type State = { busy: string } | { shown: Shown[]; fromText: boolean } | null;

const NO_QR: Check = {
  verdict: 'none',
  message: '图片中没有认出二维码。请换一张更清楚、二维码完整的截图或照片，或请学员发来证明码文字。',
};

export default function CertificateCheck({ results, modules }: { results: Results; modules: readonly ModuleInfo[] }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>(null);

  const checkPictures = async (files: File[]) => {
    setState({ busy: `正在识别 ${files.length} 张图片中的二维码……` });
    try {
      const read = await readPictures(files);
      const shown = read.map((p) => ({
        picture: p.name,
        ...(p.text === null ? NO_QR : checkCertificate(p.text, results, { modules, fromPicture: true })),
      }));
      setState({ shown, fromText: false });
    } catch {
      const message = '识别图片的程序没有加载成功（可能网络中断），请联网后再试，或粘贴证明码文字。';
      setState({ shown: [{ verdict: 'none', message }], fromText: false });
    }
  };
  const { openImages, paste, dragOver, drop } = pictureEvents((files) => void checkPictures(files));

  const shown = state && 'shown' in state ? state.shown : [];
  // The pasted text is at fault only when it is no certificate; a valid one that does not match is not.
  const refused = state !== null && 'shown' in state && state.fromText && NOT_A_CODE.includes(shown[0]!.verdict);
  return (
    <section
      class="certificate-check-form no-print"
      aria-labelledby="certificate-check-title"
      onDragOver={dragOver}
      onDrop={drop}
    >
      <h2 id="certificate-check-title">核对学习证明</h2>
      <p>
        学员发来学习证明时，把证明码粘贴到下面的框里核对；发来的是截图或照片，可以选择图片（可多选）、把图片粘贴进框里或拖到这里，本页识别证明上的二维码。
      </p>
      <div class="field">
        <label for="certificate-code">学习证明上的证明码（以 HJR 或 HJP 开头）</label>
        <textarea
          id="certificate-code"
          rows={2}
          value={text}
          spellcheck={false}
          aria-invalid={refused || undefined}
          aria-describedby={refused ? 'certificate-check-result' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (refused) setState(null);
          }}
          onPaste={paste}
        />
      </div>
      <div class="button-row">
        <button
          type="button"
          onClick={() => setState({ shown: [checkCertificate(text, results, { modules })], fromText: true })}
        >
          核对
        </button>
        <label class="file-button">
          选择学习证明的截图或照片（可多选）
          <input type="file" accept="image/*" multiple onChange={openImages} />
        </label>
      </div>
      <div id="certificate-check-result" role="status">
        {state && 'busy' in state && <p>{state.busy}</p>}
        {shown.length === 1 && !shown[0]!.picture ? (
          <p class={verdictClass(shown[0]!)}>{shown[0]!.message}</p>
        ) : (
          shown.length > 0 && (
            <ul class="certificate-check-list">
              {shown.map((s, i) => (
                <li key={i} class={verdictClass(s)}>
                  {s.picture && <strong>{s.picture}：</strong>}
                  {s.message}
                </li>
              ))}
            </ul>
          )
        )}
      </div>
    </section>
  );
}

const verdictClass = (check: Check) => (check.verdict === 'match' ? 'status-ok' : 'notice');
