/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/**
 * 选举结果报告单: one printable sheet a committee can sign and file — what was entered (box by
 * box), the verdict with its reason first, who is elected, every step with its rule and article,
 * and the signature lines.
 */
import { h } from 'preact';
import type { Outcome } from '../../../lib/election/compute';
import { verdictLine } from '../../../lib/election/explain';
import { registeredName } from '../../../lib/election/check-input';
import { POST_LABELS, POSTS, type ElectionInput, type Step } from '../../../lib/election/types';

interface Props {
  id: string;
  input: ElectionInput;
  outcome: Outcome;
  steps: Step[];
  place: string;
  date: string;
  variantNote?: string;
  onPrint: (id: string) => void;
}

const KIND_LABEL: Record<ElectionInput['kind'], string> = {
  village: '村民委员会',
  'community-all': '居民委员会（全体选民选举）',
  'community-household': '居民委员会（户代表选举）',
  'community-representatives': '居民委员会（居民代表选举）',
};

export function ReportSheet({ id, input, outcome: o, steps, place, date, variantNote, onPrint }: Props) {
  const v = o.validity;
  const blank = '＿＿＿＿＿＿';
  return (
    <section class="report-sheet" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>选举结果报告单</h3>
      <p class="meta calc-screen-only">供核对和存档参考；正式报告单以选举委员会填写、签字的为准。</p>
      <table>
        <tbody>
          <tr>
            <th scope="row">村（社区）</th>
            <td>{place || blank}</td>
            <th scope="row">选举日期</th>
            <td>{date || blank}</td>
          </tr>
          <tr>
            <th scope="row">选举</th>
            <td colSpan={3}>{KIND_LABEL[input.kind]}</td>
          </tr>
          <tr>
            <th scope="row">{registeredName(input.kind)}</th>
            <td>{input.registered}</td>
            <th scope="row">投票人数</th>
            <td>{input.voters ?? '未填'}</td>
          </tr>
          <tr>
            <th scope="row">应选人数</th>
            <td colSpan={3}>
              {POSTS.filter((p) => input.seats[p] > 0)
                .map((p) => `${POST_LABELS[p]} ${input.seats[p]}`)
                .join('，')}
            </td>
          </tr>
        </tbody>
      </table>
      <table>
        <caption>票箱</caption>
        <thead>
          <tr>
            <th scope="col">票箱</th>
            <th scope="col">发出</th>
            <th scope="col">收回</th>
          </tr>
        </thead>
        <tbody>
          {input.boxes.map((b, i) => (
            <tr key={i}>
              <th scope="row">{b.name}</th>
              <td>{b.issued}</td>
              <td>
                {b.returned}
                {b.returned > b.issued ? `（多出 ${b.returned - b.issued}）` : ''}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">合计</th>
            <td>{v.issued}</td>
            <td>
              {v.returned}（其中无效 {input.invalid}）
            </td>
          </tr>
        </tbody>
      </table>
      {variantNote && <p>按：{variantNote}</p>}
      <p class="report-verdict">
        <strong>选举是否有效：</strong>
        {verdictLine(input, o)}
      </p>
      {v.valid && (
        <table>
          <caption>当选人（当选至少 {o.threshold} 票）</caption>
          <thead>
            <tr>
              <th scope="col">职位</th>
              <th scope="col">应选</th>
              <th scope="col">当选人及得票</th>
              <th scope="col">未定或另选</th>
            </tr>
          </thead>
          <tbody>
            {o.posts.map((p) => (
              <tr key={p.post}>
                <th scope="row">{POST_LABELS[p.post]}</th>
                <td>{p.seats}</td>
                <td>{p.elected.map((s) => `${s.name}（${s.total}票）`).join('、') || '无'}</td>
                <td>
                  {[
                    ...p.ties.map((t) => `再投一次：${t.names.join('、')} 争 ${t.seats} 名`),
                    ...(p.open > 0
                      ? [`另行选举 ${p.open} 名${p.woman === 'seat-reserved' ? '（含妇女成员 1 名）' : ''}`]
                      : []),
                  ].join('；') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <strong>核算步骤和依据</strong>
      </p>
      <ol class="report-steps">
        {steps.map((s, i) => (
          <li key={i}>
            {s.title}：{s.detail}（依据：{s.basis.cite}）
          </li>
        ))}
      </ol>
      <p class="report-signatures">
        监票人：{blank} 计票人：{blank}
        <br />
        选举委员会主任：{blank} 日期：{blank}
      </p>
      <p class="calc-screen-only">
        <button type="button" class="primary" onClick={() => onPrint(id)}>
          打印报告单
        </button>
        <span class="meta"> 微信里不能打印：请点右上角“…”，选“在浏览器中打开”后再打印。</span>
      </p>
    </section>
  );
}
