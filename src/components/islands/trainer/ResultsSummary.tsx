/**
 * 概况: how many are done and passed, the average per module, and the questions answered wrong
 * most often, each with its lesson section and, on request, the whole question with its key, so
 * the trainer knows what to re-teach. Question texts are fetched only for the modules in that list
 * and shown as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { optionLetter } from '../../../lib/quiz/option-letter';
import { responseText, TYPE_LABELS } from '../shared/question-labels';
import ScrollBox from '../shared/ScrollBox';
import type { QuizQuestion } from '../../../lib/quiz/types';
import { fetchBank } from './fetch-bank';
import type { Results } from '../../../lib/task/results';

export interface ResultsModule {
  code: string;
  id: string;
  title: string;
  passMark: number;
  href: string;
}

interface Props {
  results: Results;
  titles: string[];
  modules: ResultsModule[];
}

type Bank = Map<number, QuizQuestion> | 'failed';

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export default function ResultsSummary({ results, titles, modules }: Props) {
  const { summary, columns } = results;
  const [banks, setBanks] = useState<Record<string, Bank>>({});
  const requested = useRef(new Set<string>());
  const needed = [...new Set(summary.wrong.map((w) => w.code))].filter((c) => !requested.current.has(c));

  useEffect(() => {
    for (const code of needed) {
      requested.current.add(code);
      const m = modules.find((x) => x.code === code);
      if (!m) continue;
      fetchBank(m)
        .then((bank) => setBanks((b) => ({ ...b, [code]: bank })))
        .catch(() => setBanks((b) => ({ ...b, [code]: 'failed' })));
    }
  }, [needed.join(',')]);

  const late = results.rows.filter((r) => r.onTime === false).length;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">概况</h2>
      <ul class="figures">
        <li>
          已收回执 <strong>{summary.people}</strong> 人
        </li>
        <li>
          全部完成 <strong>{summary.complete}</strong> 人
        </li>
        <li>
          通过 <strong>{summary.passed}</strong> 人，通过率 <strong>{summary.passRate ?? 0}%</strong>
        </li>
        {late > 0 && (
          <li>
            逾期 <strong>{late}</strong> 人
          </li>
        )}
      </ul>
      <ScrollBox labelledBy="averages-caption">
        <table>
          <caption id="averages-caption">各模块平均分（按每人最高分计）</caption>
          <thead>
            <tr>
              <th scope="col">模块</th>
              <th scope="col">已测人数</th>
              <th scope="col">平均分</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((code, i) => (
              <tr key={code}>
                <th scope="row">{titles[i]}</th>
                <td>{results.rows.filter((r) => r.scores[i] !== null).length}</td>
                <td>{summary.averages[i] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h3>错得最多的题</h3>
      {summary.wrong.length === 0 ? (
        <p>回执中没有记录答错的题。</p>
      ) : (
        <ol class="wrong-list">
          {summary.wrong.map((w) => {
            const m = modules.find((x) => x.code === w.code);
            const bank = banks[w.code];
            const q = bank && bank !== 'failed' ? bank.get(w.number) : undefined;
            return (
              <li key={`${w.code}#${w.number}`}>
                <span class="count">{w.count} 人答错</span>{' '}
                {q ? (
                  <>
                    “{cut(q.stem, 80)}”
                    <span class="meta">
                      （{m?.title}，题库第 {w.number} 题）
                    </span>{' '}
                    <a href={q.href}>
                      重讲：{q.lessonTitle}
                      <span class="visually-hidden">（第 {w.number} 题所在课程小节）</span>
                    </a>
                    <QuestionKey question={q} />
                  </>
                ) : (
                  <>
                    {m?.title ?? `模块 ${w.code}`} 题库第 {w.number} 题
                    {m && (
                      <>
                        {' '}
                        <a href={m.href}>查看模块</a>
                      </>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The whole question as the trainee saw it (options in bank order) with the right answer. */
function QuestionKey({ question: q }: { question: QuizQuestion }) {
  const order = q.options.map((_, i) => i);
  return (
    <details class="question-key">
      <summary>看完整题目和正确答案</summary>
      <p>
        （{TYPE_LABELS[q.type]}）{q.stem}
      </p>
      {q.options.length > 0 && (
        <ul class="key-options">
          {q.options.map((option, i) => (
            <li key={i}>
              {optionLetter(i)}. {option}
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>正确答案：</strong>
        {responseText(q, order, q.answer)}
      </p>
      {q.explanation && <p>解析：{q.explanation}</p>}
    </details>
  );
}
