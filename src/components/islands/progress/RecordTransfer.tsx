/**
 * 换设备继续学习: export the record as a file, or — in WeChat, WeCom and QQ, where downloads
 * fail — as a text code to copy; import a file or a pasted code. A record of someone else is
 * not merged unless the trainee says so.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProgressData } from '../../../lib/progress/record';
import { inAppBrowser, type InAppBrowser } from '../../../lib/in-app';
import type { StoreStatus } from '../../../lib/storage/record-store';
import {
  exportCode,
  exportProgress,
  importCode,
  importProgress,
  MAX_FILE_BYTES,
  mergeProgress,
  mergeRisk,
  type Imported,
} from '../../../lib/progress/transfer';
import { copyText } from '../shared/clipboard';
import { saveFile } from '../shared/save-file';
import { notSaved } from '../shared/not-saved';

interface Props {
  progress: ProgressData;
  merge: (change: (d: ProgressData) => ProgressData) => StoreStatus;
}

type Message = { text: string; error?: boolean };

export function RecordTransfer({ progress, merge }: Props) {
  // Known only in the browser, after hydration (the server render must match the first client one).
  const [inApp, setInApp] = useState<InAppBrowser | null | undefined>(undefined);
  useEffect(() => setInApp(inAppBrowser(navigator.userAgent)), []);
  const [code, setCode] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState('');
  const [pasted, setPasted] = useState('');
  const [pending, setPending] = useState<ProgressData | null>(null);
  const [allowOther, setAllowOther] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    const name = `学习记录-${day}.json`;
    saveFile(new Blob([exportProgress(progress, new Date().toISOString())], { type: 'application/json' }), name);
    // A page cannot tell whether the browser really saved the file, so say what to do if not.
    setMessage({
      text: `已请浏览器下载文件“${name}”，下载后可在浏览器的下载列表中找到；在另一台设备上打开本页，选择该文件导入即可。如果没有开始下载，请改用下面的学习记录码。`,
    });
  };

  const showCode = () => {
    setCode(exportCode(progress, new Date().toISOString()));
    setCopyNote('');
  };

  const copy = async () => {
    const copied = await copyText(code!);
    // Either way the whole code ends up selected, ready for a long press if copying failed.
    // iOS ignores select() on a text box; setSelectionRange works there.
    const box = document.getElementById('record-code') as HTMLTextAreaElement;
    box.focus();
    box.select();
    box.setSelectionRange(0, box.value.length);
    setCopyNote(
      copied
        ? '已复制。把它发给自己（如微信“文件传输助手”），在另一台设备上粘贴到下面的导入框。'
        : '没能自动复制：学习记录码已全部选中，请长按文本框，选择“复制”。',
    );
  };

  const check = (result: Imported) => {
    setPending(null);
    setAllowOther(false);
    if (!result.ok) {
      setMessage({ text: `没有导入：${result.error}本机的学习记录没有任何改变。`, error: true });
      return;
    }
    setPending(result.data);
    const modules = Object.keys(result.data.modules).length;
    const lessons = Object.keys(result.data.lessons).length;
    const who = result.data.profile ? `（${result.data.profile.name}，${result.data.profile.unit}）` : '';
    setMessage({
      text: `记录有效${who}：包含 ${lessons} 课的阅读记录、${modules} 个模块的测验成绩、${Object.keys(result.data.wrong).length} 道错题。确认后将与本机记录合并，两边的成绩都会保留。`,
    });
  };

  const chooseFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return setPending(null);
    check(
      file.size > MAX_FILE_BYTES ? importProgress('x'.repeat(MAX_FILE_BYTES + 1)) : importProgress(await file.text()),
    );
  };

  const risk = pending ? mergeRisk(progress, pending) : null;
  const doMerge = () => {
    if (!pending || (risk && !allowOther)) return;
    const failed = notSaved(merge((d) => mergeProgress(d, pending)));
    setPending(null);
    setMessage(
      failed
        ? { text: `已合并到本页显示的记录，但${failed}可用本页的“生成学习记录码”另存一份。`, error: true }
        : { text: '导入完成，学习记录已合并并保存在本机。' },
    );
  };

  return (
    <section class="record-transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">换设备继续学习</h2>
      <p>学习记录只保存在这个浏览器里。换手机、换电脑或清理浏览器前，先导出；在新设备上打开本页导入。</p>
      {inApp === undefined ? null : inApp ? (
        <p class="notice">
          {inApp}
          里不能下载文件。请用下面的“学习记录码”（一段文字）转移记录；或点右上角“…”，选择“在浏览器中打开”，再导出文件。
        </p>
      ) : (
        <p>
          <button type="button" onClick={download}>
            导出学习记录文件
          </button>
        </p>
      )}
      <p>
        <button type="button" onClick={showCode}>
          {inApp ? '生成学习记录码' : '生成学习记录码（可复制到微信）'}
        </button>
      </p>
      {code && (
        <div class="record-code">
          <label for="record-code">学习记录码（请完整复制）</label>
          <textarea id="record-code" readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" onClick={copy}>
              复制学习记录码
            </button>{' '}
            <span role="status">{copyNote}</span>
          </p>
        </div>
      )}
      <h3>导入</h3>
      <p>
        <label for="progress-file">导入学习记录文件（.json）</label>
        <input id="progress-file" type="file" accept=".json,application/json" onChange={chooseFile} />
      </p>
      <p>
        <label for="progress-code">或粘贴学习记录码</label>
        <textarea id="progress-code" rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" disabled={!pasted.trim()} onClick={() => check(importCode(pasted))}>
          读取学习记录码
        </button>
      </p>
      {message && (
        <p class={message.error ? 'notice' : ''} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {risk && (
        <div class="notice" role="alert">
          {risk.kind === 'other' ? (
            <p>
              这份记录属于“{risk.person.name}”（{risk.person.unit}），不是本机的“{progress.profile!.name}”（
              {progress.profile!.unit}）。合并后两人的成绩会混在一起，默认不合并。
            </p>
          ) : (
            <p>
              这份记录属于“{risk.person.name}”（{risk.person.unit}
              ）。本机已有学习记录，但没有填写学员信息；合并后本机的成绩也会记在“
              {risk.person.name}”名下，如果不是同一个人，成绩会混在一起，默认不合并。
            </p>
          )}
          <p>
            <input
              type="checkbox"
              id="allow-other"
              checked={allowOther}
              onChange={(e) => setAllowOther(e.currentTarget.checked)}
            />
            <label for="allow-other">
              {risk.kind === 'other'
                ? '我确认这也是我本人的记录，仍要合并'
                : `我确认本机的记录也是“${risk.person.name}”本人的，仍要合并`}
            </label>
          </p>
        </div>
      )}
      {pending && (
        <p>
          <button type="button" class="primary" disabled={!!risk && !allowOther} onClick={doMerge}>
            合并到本机记录
          </button>
        </p>
      )}
    </section>
  );
}
