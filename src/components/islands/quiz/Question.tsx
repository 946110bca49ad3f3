/** One question: native inputs in a fieldset; after checking, the verdict, the answer and why. */
import { useEffect, useRef } from 'preact/hooks';
import { isAnswered, isCorrect } from '../../../lib/quiz/scoring';
import type { QuizQuestion, Response } from '../../../lib/quiz/types';
import { optionLetter } from '../../../lib/quiz/option-letter';
import { responseText, TYPE_LABELS } from '../shared/question-labels';

interface Props {
  q: QuizQuestion;
  /** Display position → option index. */
  order: number[];
  value: Response;
  onChange: (value: Response) => void;
  /** Show the verdict, right answer and explanation; inputs are locked. */
  reveal: boolean;
  /** Unique per question on the page, for ids and radio names. */
  name: string;
  number: number;
}

export function Question({ q, order, value, onChange, reveal, name, number }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const next = [...(value as number[])];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onChange(next);
    // Keep the keyboard on the item that moved, so several moves need no hunting.
    requestAnimationFrame(() => {
      const item = list.current?.children[to];
      (
        item?.querySelector<HTMLElement>(`[data-move=${button}]:not(:disabled)`) ??
        item?.querySelector<HTMLElement>('button:not(:disabled)')
      )?.focus();
    });
  };
  const choices = q.type === 'judge' ? [true, false] : order;
  const correct = isCorrect(q, value);

  // A tap before hydration leaves its input checked but the answer unknown to Preact (hydration
  // keeps the page's live state): count what the reader already chose.
  useEffect(() => {
    if (reveal || q.type === 'order' || isAnswered(q, value)) return;
    const picked = choices.filter((_, pos) => (document.getElementById(`${name}-${pos}`) as HTMLInputElement)?.checked);
    if (picked.length) onChange(q.type === 'multiple' ? (picked as number[]) : picked[0]!);
  }, []);

  return (
    <fieldset class="question" id={name}>
      <legend>
        <span class="q-meta">
          第 {number} 题 · {TYPE_LABELS[q.type]}
        </span>
        {q.stem}
      </legend>
      {q.type === 'multiple' && <p class="hint">须选出全部正确选项，少选多选都不得分。</p>}
      {q.type === 'order' ? (
        <>
          <p class="hint" id={`${name}-hint`}>
            用“上移”“下移”排出先后顺序。
          </p>
          <ol class="order-list" ref={list} aria-describedby={`${name}-hint`}>
            {(value as number[]).map((option, pos, all) => (
              <li key={option}>
                <span>{q.options[option]}</span>
                <span class="order-buttons">
                  <button
                    type="button"
                    data-move="up"
                    disabled={reveal || pos === 0}
                    aria-label={`上移：${q.options[option]}`}
                    onClick={() => move(pos, pos - 1, 'up')}
                  >
                    上移
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    disabled={reveal || pos === all.length - 1}
                    aria-label={`下移：${q.options[option]}`}
                    onClick={() => move(pos, pos + 1, 'down')}
                  >
                    下移
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <ul class="choices">
          {choices.map((choice, pos) => {
            const id = `${name}-${pos}`;
            const checked =
              q.type === 'multiple' ? Array.isArray(value) && value.includes(choice as number) : value === choice;
            const text =
              typeof choice === 'boolean' ? (choice ? '正确' : '错误') : `${optionLetter(pos)}. ${q.options[choice]}`;
            const toggle = () => {
              if (q.type !== 'multiple') return onChange(choice);
              const set = Array.isArray(value) ? value : [];
              onChange(checked ? set.filter((v) => v !== choice) : [...set, choice as number]);
            };
            return (
              <li key={id}>
                <input
                  type={q.type === 'multiple' ? 'checkbox' : 'radio'}
                  id={id}
                  name={q.type === 'multiple' ? id : name}
                  checked={checked}
                  disabled={reveal}
                  onChange={toggle}
                />
                <label for={id}>{text}</label>
              </li>
            );
          })}
        </ul>
      )}
      {reveal && (
        <div class={`feedback ${correct ? 'right' : 'wrong'}`} id={`${name}-feedback`} tabIndex={-1}>
          <p class="verdict">{correct ? '✓ 回答正确' : isAnswered(q, value) ? '✗ 回答错误' : '✗ 未作答'}</p>
          {!correct && <p>您的答案：{responseText(q, order, value)}</p>}
          <p>正确答案：{responseText(q, order, q.answer)}</p>
          <p>解析：{q.explanation}</p>
          <p>
            <a href={q.href}>到课程中复习：{q.lessonTitle}</a>
          </p>
        </div>
      )}
    </fieldset>
  );
}
