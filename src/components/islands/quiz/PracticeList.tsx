/**
 * Practice: answer one question, check it at once, read why, try again. Used by the module
 * quiz page, the inline checks in lessons and the wrong-answer book. Every checked answer
 * feeds the wrong-answer book.
 */
import { useState } from 'preact/hooks';
import { practiceItems } from '../../../lib/quiz/paper';
import { recordAnswers } from '../../../lib/progress/rules';
import { isAnswered, isCorrect } from '../../../lib/quiz/scoring';
import type { QuizQuestion } from '../../../lib/quiz/types';
import { Question } from './Question';
import { blankResponses, byId, focusLater } from './answer-sheet';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';

interface Props {
  questions: QuizQuestion[];
  /** Prefix for element ids, unique per list on a page. */
  name: string;
}

/** Questions shown at a time: a whole bank at once is a long page and a slow start on a cheap phone. */
const QUESTIONS_PER_STEP = 10;

export function PracticeList({ questions, name }: Props) {
  // Options are shuffled (their place in the bank teaches nothing), seeded by the bank's size,
  // which stays put between visits: the order stays the same on every reload instead of
  // reshuffling under a reader who is working through the list, and server and browser agree.
  const seedFixedPerBank = questions.length;
  const items = practiceItems(questions, seedFixedPerBank);
  const index = byId(questions);
  const [responses, setResponses] = useState(() => blankResponses(index, items));
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [limit, setLimit] = useState(QUESTIONS_PER_STEP);
  const { notice, update } = useProgress(false);

  const check = (q: QuizQuestion) => {
    setChecked((all) => ({ ...all, [q.id]: true }));
    update((d) =>
      recordAnswers(
        d,
        [{ id: q.id, module: q.module, correct: isCorrect(q, responses[q.id]) }],
        new Date().toISOString(),
      ),
    );
    focusLater(`#${name}-${q.id}-feedback`);
  };
  const retry = (q: QuizQuestion, item: (typeof items)[number]) => {
    setChecked((all) => ({ ...all, [q.id]: false }));
    setResponses((all) => ({ ...all, [q.id]: q.type === 'order' ? [...item.order] : null }));
    focusLater(`#${name}-${q.id} :is(input, button):not(:disabled)`);
  };

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
                value={responses[q.id] ?? null}
                reveal={done}
                name={`${name}-${q.id}`}
                number={i + 1}
                onChange={(value) => setResponses((all) => ({ ...all, [q.id]: value }))}
              />
              <p class="actions js-only">
                {done ? (
                  <button type="button" onClick={() => retry(q, item)}>
                    再做一次
                  </button>
                ) : (
                  <button type="button" disabled={!isAnswered(q, responses[q.id])} onClick={() => check(q)}>
                    核对答案
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {limit < items.length && (
        <button
          type="button"
          class="js-only"
          onClick={() => {
            setLimit(limit + QUESTIONS_PER_STEP);
            focusLater(`#${name}-${items[limit]!.id} :is(input, button)`);
          }}
        >
          继续练习（还有 {items.length - limit} 题）
        </button>
      )}
    </div>
  );
}
