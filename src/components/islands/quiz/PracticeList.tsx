/**
 * Practice: answer one question, check it at once, read why, try again. Used by the module
 * quiz page, the inline checks in lessons and the wrong-answer book. Every checked answer
 * feeds the wrong-answer book. The quiz page gives only the bank's first questions and a way to
 * fetch the rest, asked for when the reader goes past them.
 */
import { useState } from 'preact/hooks';
import { PRACTICE_STEP, practiceItems, type PaperItem } from '../../../lib/quiz/paper';
import { recordAnswers } from '../../../lib/progress/rules';
import { isAnswered, isCorrect } from '../../../lib/quiz/scoring';
import type { QuizQuestion, Response } from '../../../lib/quiz/types';
import { Question } from './Question';
import { byId, focusLater } from './answer-sheet';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';

interface Props {
  /** The list, or (with `total`) its first questions. */
  questions: QuizQuestion[];
  /** Prefix for element ids, unique per list on a page. */
  name: string;
  /** How many questions the whole list has, when `questions` is only its start. */
  total?: number;
  /** Fetches the whole list: false when it cannot (the caller says why). */
  rest?: () => Promise<QuizQuestion[] | false>;
}

export function PracticeList({ questions: start, name, total = start.length, rest }: Props) {
  const [fetched, setFetched] = useState<QuizQuestion[] | null>(null);
  const questions = fetched ?? start;
  // Options are shuffled (their place in the bank teaches nothing), seeded by the bank's size,
  // which stays put between visits: the order stays the same on every reload instead of
  // reshuffling under a reader who is working through the list, and server and browser agree.
  // The first questions' items do not depend on the rest, so fetching it changes none shown.
  const items = practiceItems(questions, total);
  const index = byId(questions);
  // Only what the reader changed: an ordering question starts in its shuffled order, others empty.
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const valueOf = (q: QuizQuestion, item: PaperItem) => responses[q.id] ?? (q.type === 'order' ? item.order : null);
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [limit, setLimit] = useState(PRACTICE_STEP);
  const { notice, update } = useProgress(false);

  const check = (q: QuizQuestion, item: PaperItem) => {
    setChecked((all) => ({ ...all, [q.id]: true }));
    update((d) =>
      recordAnswers(
        d,
        [{ id: q.id, module: q.module, correct: isCorrect(q, valueOf(q, item)) }],
        new Date().toISOString(),
      ),
    );
    focusLater(`#${name}-${q.id}-feedback`);
  };
  const retry = (q: QuizQuestion) => {
    setChecked((all) => ({ ...all, [q.id]: false }));
    setResponses((all) => ({ ...all, [q.id]: null }));
    focusLater(`#${name}-${q.id} :is(input, button):not(:disabled)`);
  };
  // The next step, fetching the rest of the list first when the reader has reached its end. A
  // failed fetch leaves every answer as it was.
  const more = async () => {
    const all = limit < questions.length ? questions : await rest!();
    if (!all) return;
    setFetched(all);
    setLimit(limit + PRACTICE_STEP);
    focusLater(`#${name}-${all[limit]?.id} :is(input, button)`);
  };
  const left = (fetched?.length ?? total) - limit;

  return (
    <div class="practice">
      <Notice text={notice} />
      <ol class="question-list">
        {items.slice(0, limit).map((item, i) => {
          const q = index.get(item.id)!;
          const done = checked[q.id] ?? false;
          return (
            <li key={q.id}>
              <Question
                q={q}
                order={item.order}
                value={valueOf(q, item)}
                reveal={done}
                name={`${name}-${q.id}`}
                number={i + 1}
                onChange={(value) => setResponses((all) => ({ ...all, [q.id]: value }))}
              />
              <p class="actions js-only">
                {done ? (
                  <button type="button" onClick={() => retry(q)}>
                    再做一次
                  </button>
                ) : (
                  <button type="button" disabled={!isAnswered(q, valueOf(q, item))} onClick={() => check(q, item)}>
                    核对答案
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {left > 0 && (
        <button type="button" class="js-only" onClick={more}>
          继续练习（还有 {left} 题）
        </button>
      )}
    </div>
  );
}
