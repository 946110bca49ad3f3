/**
 * 成绩汇总: the trainer pastes receipts (or chat text, or opens a file), and the page keeps them in
 * this browser and shows the table, the summary and the exports. Receipts and links are decoded
 * by src/lib/task; nothing here is sent anywhere.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { chinaDate } from '../../../lib/task/dates';
import { decodeTask, parseTaskFromUrl, TASK_PARAM } from '../../../lib/task/link';
import { findReceipts, type DamagedReceipt } from '../../../lib/task/receipt';
import { buildResults } from '../../../lib/task/results';
import {
  addCodes,
  browserResultsStore,
  emptyResults,
  resultsNotice,
  type ResultsData,
} from '../../../lib/task/results-store';
import type { StoreStatus } from '../../../lib/storage/record-store';
import { columnTitles, resultsTable } from '../../../lib/task/results-table';
import CertificateCheck from './CertificateCheck';
import ResultsExport from './ResultsExport';
import ResultsSummary, { type ResultsModule } from './ResultsSummary';
import ResultsTable from './ResultsTable';
import RosterPanel from './RosterPanel';
import ClearResults from './ClearResults';
import { pictureReceipts } from './picture-receipts';

interface Props {
  modules: ResultsModule[];
}

/** A paste of chat text can hold many broken codes; listing the first ones is enough to act on. */
const MAX_DAMAGED_SHOWN = 50;

/** A real round's paste is a few hundred KB at most. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Message = { text: string; error?: boolean };

export default function ResultsApp({ modules }: Props) {
  const store = useMemo(() => (typeof window === 'undefined' ? null : browserResultsStore()), []);
  // Empty on the first render, as on the server, so hydration meets the same DOM; the saved
  // receipts arrive in the effect below, and every change (here, in another tab, or on coming
  // back to the page) through the store's subscription.
  const [data, setData] = useState<ResultsData>(emptyResults);
  const [status, setStatus] = useState<StoreStatus>('ok');
  const [text, setText] = useState('');
  const [damaged, setDamaged] = useState<DamagedReceipt[]>([]);
  const [message, setMessage] = useState<Message | null>(null);

  const save = (change: (d: ResultsData) => ResultsData) => store?.update(change);

  useEffect(() => {
    if (!store) return;
    const sync = () => {
      setData(store.read());
      setStatus(store.status());
    };
    sync();
    const unsubscribe = store.subscribe(sync);
    // A link from the trainer's page ("查看成绩") carries the task: take it as the one this table is for.
    if (new RegExp(`[?#&]${TASK_PARAM}=`).test(location.href)) {
      const linked = parseTaskFromUrl(location.href);
      if (linked.ok) save((d) => ({ ...d, task: linked.payload }));
      else setMessage({ text: `地址中的任务链接无法读取：${linked.error}`, error: true });
    }
    return unsubscribe;
  }, []);

  const task = useMemo(() => {
    const decoded = data.task ? decodeTask(data.task) : null;
    return decoded?.ok ? decoded : null;
  }, [data.task]);
  const results = useMemo(() => buildResults(data.codes, task, modules), [data.codes, task, modules]);
  const titles = columnTitles(results, modules);
  const table = useMemo(() => resultsTable(results, modules), [results, modules]);

  /** `problems`: what went wrong before the text was there (pictures without a code). */
  const take = (input: string, source: string, problems: string[] = []) => {
    const { found, damaged: bad } = findReceipts(input);
    const linked = new RegExp(`[?#&]${TASK_PARAM}=`).test(input) ? parseTaskFromUrl(input) : null;
    const parts: string[] = [];
    const before = store?.read() ?? data;
    const codes = found.map((f) => f.code);
    // The change is pure: the store may apply it again on top of what another tab saved.
    const change = (d: ResultsData) => addCodes(linked?.ok ? { ...d, task: linked.payload } : d, codes).data;
    const added = addCodes(before, codes).added;
    if (linked?.ok && linked.payload !== before.task) parts.push(`已按任务链接核对：“${linked.task.title}”`);
    save(change);
    // The box's list follows the box; a file or pictures add to it rather than hide what is there.
    setDamaged((before) => (source === '' ? bad : [...before, ...bad]));
    if (found.length) {
      const repeated = found.length - added;
      parts.unshift(
        `${source}读到 ${found.length} 份回执，新增 ${added} 份${repeated ? `（${repeated} 份此前已添加）` : ''}`,
      );
    }
    if (bad.length) parts.push(`${bad.length} 处回执码有问题，没有计入，见下方列表`);
    parts.push(...problems);
    if (linked && !linked.ok && linked.reason !== 'missing') parts.push(`文中的任务链接无法读取：${linked.error}`);
    if (!parts.length) {
      setMessage({
        text: `${source}没有找到回执码。回执码以“HJR”开头，由学员在任务页面复制发来；整段聊天记录直接粘贴即可。`,
        error: true,
      });
      return false;
    }
    setMessage({
      text: `${parts.join('；')}。`,
      error: bad.length > 0 || problems.length > 0 || (linked !== null && !linked.ok),
    });
    return true;
  };

  const { openImages, paste, dragOver, drop } = pictureReceipts(take, setMessage);

  // The pasted text stays until the trainer clears it, so a damaged code can be found in it again.
  const submit = (event: Event) => {
    event.preventDefault();
    take(text, '');
  };

  const open = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ text: `文件“${file.name}”太大（超过 5 MB），不是回执文件。`, error: true });
      return;
    }
    take(await file.text(), `从文件“${file.name}”中`);
  };

  const clear = () => {
    store?.overwrite(emptyResults());
    setDamaged([]);
    setMessage({ text: '已清空本机保存的成绩汇总。' });
  };

  const notice = resultsNotice(status);
  // Saved data this page cannot read: clearing is the way out, so offer it even with no rows.
  const unreadable = status === 'unreadable' || status === 'newer';
  return (
    <div class="results-app">
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      <section class="no-print" aria-labelledby="task-heading">
        <h2 id="task-heading">本次任务</h2>
        {task ? (
          <p>
            “{task.task.title}”（{task.task.unit}发布），截止 {task.task.deadline ?? '未设'}，及格线{' '}
            {task.task.passMark} 分，任务编号 {task.id}。其他任务的回执会单独列出，不计入本表。
          </p>
        ) : (
          <p>
            还没有任务链接：表格按回执中最多的任务汇总，及格线按各模块默认值，不判断是否按时。
            把任务链接和回执一起粘贴进下面的框，即可核对截止日期和及格线。
          </p>
        )}
      </section>
      <section class="no-print" aria-labelledby="add-heading">
        <h2 id="add-heading">添加回执</h2>
        <form onSubmit={submit} onDragOver={dragOver} onDrop={drop}>
          <label for="receipts-input">
            粘贴回执码：一次可粘贴多份，每行一份，或直接粘贴整段微信聊天记录（只取其中的回执码）。
            学员发来的是回执二维码截图时，可以把图片粘贴进来或拖到这里，或点下面的“选择回执截图或照片”。
          </label>
          <textarea
            id="receipts-input"
            rows={6}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onPaste={paste}
            spellcheck={false}
          />
          <div class="button-row">
            <button type="submit" class="primary">
              添加到汇总
            </button>
            {text && (
              <button
                type="button"
                onClick={() => {
                  setText('');
                  setDamaged([]);
                }}
              >
                清空输入框
              </button>
            )}
            <label class="file-button">
              打开文件（.txt 或 .csv）
              <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={open} />
            </label>
            <label class="file-button">
              选择回执截图或照片（可多选）
              <input type="file" accept="image/*" multiple onChange={openImages} />
            </label>
          </div>
        </form>
        <p role="status" class={message?.error ? 'notice' : undefined}>
          {message?.text}
        </p>
      </section>
      {damaged.length > 0 && (
        <section class="no-print" aria-labelledby="damaged-heading">
          <h2 id="damaged-heading">有问题的回执（{damaged.length}）</h2>
          <p>这些回执码没有计入。请让对应学员回到任务页面，重新复制完整的回执码发来。</p>
          <ul class="damaged-list">
            {damaged.slice(0, MAX_DAMAGED_SHOWN).map((d, i) => (
              <li key={i}>
                <strong>{d.sender || '（这一行没有发送人）'}</strong>
                <span class="meta">（第 {d.line} 行）</span>
                <br />
                <code>{d.code}</code>：{d.error}
              </li>
            ))}
          </ul>
          {damaged.length > MAX_DAMAGED_SHOWN && (
            <p>另有 {damaged.length - MAX_DAMAGED_SHOWN} 条无法识别，未逐条列出。</p>
          )}
        </section>
      )}
      {results.taskId && (
        <RosterPanel
          rosterText={data.rosters[results.taskId] ?? ''}
          rows={results.rows}
          pairs={data.pairs}
          task={task?.task ?? null}
          titles={titles}
          onRoster={(roster) => save((d) => ({ ...d, rosters: { ...d.rosters, [results.taskId!]: roster } }))}
          onPair={(rowKey, rosterKey) =>
            save((d) => {
              const pairs = { ...d.pairs };
              if (rosterKey) pairs[rowKey] = rosterKey;
              else delete pairs[rowKey];
              return { ...d, pairs };
            })
          }
        />
      )}
      {results.rows.length === 0 ? (
        <p>还没有回执。学员完成任务后，在任务页面复制回执码发到群里；把它们粘贴到上面的框中即可。</p>
      ) : (
        <>
          <ResultsSummary results={results} titles={titles} modules={modules} />
          <h2 class="print-only">
            成绩表{task ? `：${task.task.title}（${task.task.unit}）` : ''}　打印于 {chinaDate(Date.now())}
          </h2>
          <ResultsTable rows={results.rows} titles={titles} passMarks={results.passMarks} columns={results.columns} />
          {results.replaced > 0 && (
            <p class="meta">同一学员的多份回执已合并，按完成时间取最新一份（共合并 {results.replaced} 份）。</p>
          )}
          <ResultsExport
            table={table}
            name={task?.task.title ?? results.taskId ?? chinaDate(Date.now())}
            wrong={() => buildResults(data.codes, task, modules, Infinity).summary.wrong}
            modules={modules}
          />
        </>
      )}
      {/* Also with no receipts yet: a certificate then meets a clear "no record of this person", and a role
          path's certificate is checked for edits alone. */}
      <CertificateCheck results={results} modules={modules} />
      {results.others.length > 0 && (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">其他任务的回执（未计入）</h2>
          <ul>
            {results.others.map((o) => (
              <li key={o.taskId}>
                任务编号 {o.taskId}：{o.names.length} 人（{o.names.slice(0, 10).join('、')}
                {o.names.length > 10 ? ' 等' : ''}）
              </li>
            ))}
          </ul>
        </section>
      )}
      {(data.codes.length > 0 || unreadable) && (
        <ClearResults count={data.codes.length} unreadable={unreadable} onClear={clear} />
      )}
    </div>
  );
}
