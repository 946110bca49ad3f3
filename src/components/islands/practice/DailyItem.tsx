/**
 * One question of today's set: answer, check once, then the verdict, the explanation and the
 * lesson section (Question's reveal). Answered on an earlier visit today: a short line instead.
 */
import { useState } from 'preact/hooks';
import { isAnswered, isCorrect } from '../../../lib/quiz/scoring';
import type { QuizQuestion, Response } from '../../../lib/quiz/types';
import { Question } from '../quiz/Question';
import { focusLater } from '../quiz/answer-sheet';

interface Props {
  q: QuizQuestion;
  order: number[];
  number: number;
  /** Answered earlier today, on another visit: shown as done. */
  doneBefore: boolean;
  onAnswer: (correct: boolean) => void;
}

export function DailyItem({ q, order, number, doneBefore, onAnswer }: Props) {
  const [value, setValue] = useState<Response>(q.type === 'order' ? [...order] : null);
  const [checked, setChecked] = useState(false);
  const name = `daily-${q.id}`;
  if (doneBefore && !checked) {
    return (
      <p class="daily-done">
        第 {number} 题 · 今天已答：{q.stem} <a href={q.href}>复习：{q.lessonTitle}</a>
      </p>
    );
  }
  const check = () => {
    setChecked(true);
    onAnswer(isCorrect(q, value));
    focusLater(`#${name}-feedback`);
  };
  return (
    <>
      <Question q={q} order={order} value={value} reveal={checked} name={name} number={number} onChange={setValue} />
      {!checked && (
        <p class="actions">
          <button type="button" disabled={!isAnswered(q, value)} onClick={check}>
            核对答案
          </button>
        </p>
      )}
    </>
  );
}
