/**
 * 每日一练: today's few questions, drawn by the schedule (lib/practice), answered one by one with
 * the explanation and the lesson section. Everything is saved in the progress record; the
 * question banks come from questions.json, which the service worker keeps for offline use.
 */
import { useEffect, useState } from 'preact/hooks';
import { extendDay, freshQuestions, resizeDay, setFocus, startDay, type Pool } from '../../../lib/practice/daily-set';
import { dayDone, finishDay, streakDays } from '../../../lib/practice/days';
import { answerQuestion, catchUp } from '../../../lib/practice/schedule';
import { focusFromUrl, focusModules, modulesToLoad } from '../../../lib/practice/focus';
import { SET_SIZES, type SetSize } from '../../../lib/progress/practice-record';
import type { ProgressData } from '../../../lib/progress/record';
import { practiceItems } from '../../../lib/quiz/paper';
import { fnv1a32Utf16 } from '../../../lib/hash';
import type { QuizQuestion } from '../../../lib/quiz/types';
import { chinaDate } from '../../../lib/task/dates';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';
import { DailyItem } from './DailyItem';
import { moduleQuestions } from '../shared/module-questions';

type Banks = Record<string, QuizQuestion[] | 'error'>;

export interface PracticeProps {
  /** Every module id, in study order. */
  modules: string[];
}

export default function PracticeApp({ modules }: PracticeProps) {
  const { data, notice, update } = useProgress();
  const [day] = useState(() => chinaDate(Date.now()));
  const [banks, setBanks] = useState<Banks>({});
  const focus = data ? focusModules(data, modules) : [];
  const needed = data ? modulesToLoad(data, focus, modules) : [];
  const ready = data !== null && needed.every((id) => banks[id]);

  const pool = (d: ProgressData): Pool => {
    const loaded = (id: string) => (Array.isArray(banks[id]) ? (banks[id] as QuizQuestion[]) : []);
    const live = new Set(needed.flatMap((id) => loaded(id).map((q) => q.id)));
    const fresh = freshQuestions(
      d,
      focusModules(d, modules).map((id) => ({ id, questions: loaded(id).map((q) => q.id) })),
    );
    return { live, fresh };
  };

  useEffect(() => {
    const named = focusFromUrl(location.search, modules);
    if (named.length) update((d) => setFocus(d, named));
  }, []);
  useEffect(() => {
    for (const id of needed) {
      if (banks[id]) continue;
      moduleQuestions(id).then(
        (bank) => setBanks((b) => ({ ...b, [id]: bank })),
        () => setBanks((b) => ({ ...b, [id]: 'error' })),
      );
    }
  }, [needed.join()]);
  useEffect(() => {
    if (ready) update((d) => startDay(d, pool(d), day));
  }, [ready]);

  if (!ready || data.practice.today?.day !== day) return <p>正在准备今天的题目…</p>;
  const questions = new Map(
    Object.values(banks)
      .flatMap((b) => (Array.isArray(b) ? b : []))
      .map((q) => [q.id, q]),
  );
  const today = data.practice.today.ids.flatMap((id) => questions.get(id) ?? []);
  const items = practiceItems(today, fnv1a32Utf16(day));
  const done = dayDone(data.practice, day);
  const streak = streakDays(data.practice, day);
  const failed = needed.some((id) => banks[id] === 'error');
  // Tests and 错题本 entries made elsewhere reach the schedule first; the day is done with its set.
  const answer = (q: QuizQuestion, correct: boolean) =>
    update((d) => finishDay(answerQuestion(catchUp(d), q, correct, new Date().toISOString(), day), day));
  const resize = (size: SetSize) => update((d) => resizeDay(d, pool(d), day, size));

  return (
    <div class="daily">
      <Notice text={notice} />
      {failed && (
        <p class="notice" role="alert">
          有些题目没有加载成功，请联网后刷新本页。您的学习记录没有受影响。
        </p>
      )}
      <fieldset class="daily-size">
        <legend>每天做几题</legend>
        {SET_SIZES.map((size) => (
          <label key={size}>
            <input type="radio" name="daily-size" checked={data.practice.size === size} onChange={() => resize(size)} />
            {size} 题
          </label>
        ))}
      </fieldset>
      {items.length === 0 ? (
        <p role="status">今天没有要复习的题，题库里的新题也都练过了。明天再来。</p>
      ) : (
        <ol class="question-list">
          {items.map((item, i) => {
            const q = questions.get(item.id)!;
            return (
              <li key={q.id}>
                <DailyItem
                  q={q}
                  order={item.order}
                  number={i + 1}
                  doneBefore={(data.practice.cards[q.id]?.reviewed ?? '') >= day}
                  onAnswer={(correct) => answer(q, correct)}
                />
              </li>
            );
          })}
        </ol>
      )}
      {done && (
        <div class="daily-finished" role="status">
          <p>今天的 {items.length} 题做完了。</p>
          <p>
            <button type="button" onClick={() => update((d) => extendDay(d, pool(d), day))}>
              再练 {data.practice.size} 题
            </button>
          </p>
        </div>
      )}
      {streak > 0 && <p class="meta daily-streak">已连续练习 {streak} 天</p>}
    </div>
  );
}
