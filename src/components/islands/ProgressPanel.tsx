/** 我的学习记录: scores per module, and moving them to another device as a file. */
import { useState } from 'preact/hooks';
import type { ProgressData } from '../../lib/progress/data';
import { emptyProgress } from '../../lib/progress/data';
import { openBrowserStore } from '../../lib/progress/store';
import { exportProgress, importProgress, MAX_FILE_BYTES, mergeProgress } from '../../lib/progress/transfer';
import { Notice, useProgress } from './use-progress';

interface Props {
  modules: { id: string; title: string; quizHref: string }[];
}

export default function ProgressPanel({ modules }: Props) {
  const { data, notice, update } = useProgress();
  const [pending, setPending] = useState<ProgressData | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const progress = data ?? emptyProgress();

  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    const url = URL.createObjectURL(
      new Blob([exportProgress(progress, new Date().toISOString())], { type: 'application/json' }),
    );
    const a = Object.assign(document.createElement('a'), { href: url, download: `学习记录-${day}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ text: `已导出学习记录文件“学习记录-${day}.json”。在另一台设备上打开本页，选择该文件导入即可。` });
  };

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    if (!file) return;
    const result =
      file.size > MAX_FILE_BYTES ? importProgress('x'.repeat(MAX_FILE_BYTES + 1)) : importProgress(await file.text());
    if (!result.ok) {
      setMessage({ text: `没有导入：${result.error}本机的学习记录没有任何改变。`, error: true });
      return;
    }
    setPending(result.data);
    const count = Object.keys(result.data.modules).length;
    setMessage({
      text: `文件有效：包含 ${count} 个模块的测验成绩、${Object.keys(result.data.wrong).length} 道错题。确认后将与本机记录合并，两边的成绩都会保留。`,
    });
  };

  const merge = () => {
    if (!pending) return;
    update((d) => mergeProgress(d, pending));
    setPending(null);
    setMessage({ text: '导入完成，学习记录已合并。' });
  };

  const wrongCount = Object.keys(progress.wrong).length;
  return (
    <div class="progress-panel">
      <Notice text={notice} />
      <table>
        <caption>各模块测验情况</caption>
        <thead>
          <tr>
            <th scope="col">模块</th>
            <th scope="col">测验次数</th>
            <th scope="col">最高分</th>
            <th scope="col">是否通过</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => {
            const p = progress.modules[m.id];
            return (
              <tr key={m.id}>
                <th scope="row">
                  <a href={m.quizHref}>{m.title}</a>
                </th>
                <td>{p?.attempts ?? 0}</td>
                <td>{p ? `${p.best} 分` : '—'}</td>
                <td>{p?.passed ? '✓ 已通过' : p ? '未通过' : '未测验'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>错题本中现有 {wrongCount} 道题。</p>
      <h2>换设备继续学习</h2>
      <p>学习记录只保存在这个浏览器里。换手机、换电脑或清理浏览器前，先导出文件；在新设备上打开本页导入。</p>
      <p>
        <button type="button" onClick={download}>
          导出学习记录
        </button>
      </p>
      <p>
        <label for="progress-file">导入学习记录文件（.json）</label>
        <input id="progress-file" type="file" accept=".json,application/json" onChange={choose} />
      </p>
      {pending && (
        <p>
          <button type="button" class="primary" onClick={merge}>
            合并到本机记录
          </button>
        </p>
      )}
      {message && (
        <p class={message.error ? 'notice' : ''} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {notice && notice.includes('无法读取') && (
        <p>
          <button
            type="button"
            onClick={() => {
              if (confirm('确定清除本机无法读取的学习记录并重新开始吗？清除后无法恢复。')) {
                openBrowserStore().overwrite(progress);
                location.reload();
              }
            }}
          >
            清除无法读取的记录，重新开始
          </button>
        </p>
      )}
    </div>
  );
}
