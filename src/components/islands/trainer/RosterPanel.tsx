/**
 * 名单: the trainer gives the expected trainees once; the panel then lists every one with a status
 * (未交 first), the receipts that match nobody with a way to pair them by hand, and the reminder
 * to copy into the group. The roster and pairings are kept per task by ResultsApp's store.
 */
import { useState } from 'preact/hooks';
import { parseRoster, rosterKey, type RosterEntry } from '../../../lib/task/roster';
import { matchRoster, reminderText, STATUS_ORDER, type RosterLine } from '../../../lib/task/roster-status';
import type { ResultRow } from '../../../lib/task/results';
import type { Task } from '../../../lib/task/link';
import { copyText } from '../shared/clipboard';

interface Props {
  /** The roster as pasted, or '' when none was given for this task. */
  rosterText: string;
  rows: ResultRow[];
  pairs: Record<string, string>;
  task: Task | null;
  titles: string[];
  onRoster(text: string): void;
  onPair(rowKey: string, rosterKey: string | null): void;
}

const who = (e: RosterEntry) => (e.unit ? `${e.name}（${e.unit}）` : e.name);
const STATUS_CLASS = { 已完成: 'status-ok', 部分: 'status-part', 未达标: 'status-low', 未交: 'status-none' } as const;

export default function RosterPanel({ rosterText, rows, pairs, task, titles, onRoster, onPair }: Props) {
  const [editing, setEditing] = useState(false);
  const { entries, skipped } = parseRoster(rosterText);
  const { lines, unmatched } = matchRoster(entries, rows, pairs);
  const reminder = reminderText(lines, task);

  return (
    <section class="roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">名单核对</h2>
      {editing || entries.length === 0 ? (
        <RosterForm
          initial={rosterText}
          onSave={(text) => {
            onRoster(text);
            setEditing(false);
          }}
          onCancel={entries.length ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          <Counts lines={lines} />
          <ol class="roster-list">
            {sortByStatus(lines).map((l) => (
              <li key={rosterKey(l.entry)}>
                <span class={`roster-status ${STATUS_CLASS[l.status]}`}>{l.status}</span>{' '}
                <span class="roster-name">{who(l.entry)}</span>
                {l.row && <span class="meta"> · {scoresText(l.row, titles)}</span>}
                {l.paired && (
                  <>
                    {' '}
                    <button type="button" class="link-button" onClick={() => onPair(l.row!.key, null)}>
                      取消配对<span class="visually-hidden">：{who(l.entry)}</span>
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
          {skipped.length > 0 && (
            <p class="notice">
              名单中有 {skipped.length} 行没有读出姓名：
              {skipped
                .slice(0, 5)
                .map((s) => `第 ${s.line} 行“${s.text}”（${s.reason}）`)
                .join('；')}
              。
            </p>
          )}
          <button type="button" onClick={() => setEditing(true)}>
            修改名单
          </button>
        </>
      )}
      {entries.length > 0 && unmatched.length > 0 && <Unmatched unmatched={unmatched} lines={lines} onPair={onPair} />}
      {entries.length > 0 && reminder && <Reminder text={reminder} />}
    </section>
  );
}

function Counts({ lines }: { lines: RosterLine[] }) {
  return (
    <ul class="figures">
      <li>
        名单 <strong>{lines.length}</strong> 人
      </li>
      {STATUS_ORDER.slice()
        .reverse()
        .map((s) => (
          <li key={s}>
            {s} <strong>{lines.filter((l) => l.status === s).length}</strong> 人
          </li>
        ))}
    </ul>
  );
}

const sortByStatus = (lines: RosterLine[]) =>
  lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.l.status) - STATUS_ORDER.indexOf(b.l.status) || a.i - b.i)
    .map(({ l }) => l);

function scoresText(row: ResultRow, titles: string[]): string {
  return row.scores.map((s, i) => `${titles[i]} ${s === null ? '未测' : `${s} 分`}`).join('，');
}

function RosterForm(props: { initial: string; onSave(text: string): void; onCancel?: () => void }) {
  const [text, setText] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const save = (event: Event) => {
    event.preventDefault();
    const { entries } = parseRoster(text);
    if (!entries.length) {
      setError('名单里没有读出姓名：请每行写一个人，或从 Excel 复制“姓名、单位”两列粘贴进来。');
      return;
    }
    setError(null);
    props.onSave(text);
  };
  return (
    <form onSubmit={save} noValidate>
      <p>
        把应参加本次任务的学员名单贴进来，本页就能列出谁已完成、谁还没交。可以从 Excel 复制“姓名、单位”两列，
        也可以从微信群成员列表复制，或每行写一个人（如“张三 红旗村”）。名单只保存在本机浏览器。
      </p>
      <label for="roster-input">学员名单</label>
      <textarea
        id="roster-input"
        rows={6}
        value={text}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'roster-error' : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {error && (
        <p id="roster-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="primary">
          保存名单
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            取消
          </button>
        )}
      </div>
    </form>
  );
}

function Unmatched(props: { unmatched: ResultRow[]; lines: RosterLine[]; onPair: Props['onPair'] }) {
  const open = props.lines.filter((l) => !l.row);
  return (
    <div class="unmatched">
      <h3>名单上找不到的回执（{props.unmatched.length}）</h3>
      <p>可能是学员写的姓名或单位和名单不一样。请选出名单中对应的人；不是本次学员的可以不管。</p>
      <ul>
        {props.unmatched.map((row) => (
          <PairRow key={row.key} row={row} open={open} onPair={props.onPair} />
        ))}
      </ul>
    </div>
  );
}

function PairRow({ row, open, onPair }: { row: ResultRow; open: RosterLine[]; onPair: Props['onPair'] }) {
  const [choice, setChoice] = useState('');
  const id = `pair-${row.key.replace(/[^\w]/g, '') || 'x'}-${row.code.slice(-6)}`;
  return (
    <li>
      {row.receipt.name}（{row.receipt.unit}）{' '}
      {open.length > 0 ? (
        <>
          <label for={id}>对应名单中的</label>{' '}
          <select id={id} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">（请选择）</option>
            {open.map((l) => (
              <option key={rosterKey(l.entry)} value={rosterKey(l.entry)}>
                {who(l.entry)}
              </option>
            ))}
          </select>{' '}
          <button type="button" disabled={!choice} onClick={() => onPair(row.key, choice)}>
            配对
          </button>
        </>
      ) : (
        <span class="meta">名单上的人都已对上回执。</span>
      )}
    </li>
  );
}

function Reminder({ text }: { text: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () =>
    setStatus((await copyText(text)) ? '已复制，可以粘贴到培训群。' : '浏览器不允许自动复制，请在框中长按全选后复制。');
  return (
    <div class="reminder">
      <h3 id="reminder-heading">未交名单（发到群里提醒）</h3>
      <textarea aria-labelledby="reminder-heading" readOnly rows={4} value={text} class="no-print" />
      <p class="print-only reminder-print">{text}</p>
      <button type="button" class="no-print" onClick={copy}>
        复制提醒
      </button>
      <p role="status" class="no-print">
        {status}
      </p>
    </div>
  );
}
