/**
 * 错题本: every question the trainee got wrong, by module, to practise again. The questions are
 * fetched per module from /modules/<id>/questions.json, so the page carries no bank itself.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizQuestion } from '../../../lib/quiz/types';
import { MASTERED_STREAK } from '../../../lib/progress/rules';
import { PracticeList } from './PracticeList';
import { useProgress } from '../shared/use-progress';
import { moduleQuestions } from '../shared/module-questions';
import { Notice } from '../shared/StoreNotice';

interface Props {
  modules: { id: string; title: string; href: string }[];
}

type Bank = QuizQuestion[] | 'loading' | 'error';

export default function ReviewBook({ modules }: Props) {
  const { data, notice } = useProgress();
  // Every question in the book at any moment of this visit, by id → module. A question answered
  // right here stays on screen until the next visit; one added by another tab or an import appears.
  const seen = useRef(new Map<string, string>());
  for (const [id, entry] of Object.entries(data?.wrong ?? {})) seen.current.set(id, entry.module);
  const needed = modules.filter((m) => [...seen.current.values()].includes(m.id));
  const [banks, setBanks] = useState<Record<string, Bank>>({});
  const opened = useRef(false);

  // Fetch each module's questions once, the first time one of its questions is in the book.
  useEffect(() => {
    for (const m of needed) {
      if (banks[m.id]) continue;
      setBanks((b) => ({ ...b, [m.id]: 'loading' }));
      moduleQuestions(m.id).then(
        (bank) => setBanks((b) => ({ ...b, [m.id]: bank })),
        () => setBanks((b) => ({ ...b, [m.id]: 'error' })),
      );
    }
  }, [needed.map((m) => m.id).join()]);

  const ready = needed.filter((m) => Array.isArray(banks[m.id]));
  const failed = needed.some((m) => banks[m.id] === 'error');
  // On opening, wait for every bank; a module that joins later loads without hiding the others.
  if (!data || (!opened.current && !failed && ready.length < needed.length))
    return <p class="js-only">正在读取错题本…</p>;
  opened.current = true;
  const byModule = ready
    .map((m) => [m.id, (banks[m.id] as QuizQuestion[]).filter((q) => seen.current.has(q.id))] as const)
    .filter(([, qs]) => qs.length > 0);
  // Counts what is in the book now, not what stays on screen after being answered right.
  const total = byModule.reduce((n, [, qs]) => n + qs.filter((q) => data.wrong[q.id]).length, 0);
  return (
    <div class="review-book">
      <Notice text={notice} />
      {failed && (
        <p class="notice" role="alert">
          题目没有加载成功，请检查网络后刷新本页。您的错题记录没有受影响。
        </p>
      )}
      {total > 0 ? (
        <p role="status">
          共 {total} 道错题。同一道题连续答对 {MASTERED_STREAK} 次后，会自动移出错题本。
        </p>
      ) : byModule.length > 0 ? (
        <p role="status">这些题都已连续答对 {MASTERED_STREAK} 次，错题本已清空。</p>
      ) : failed ? null : (
        <p class="notice" role="status">
          错题本是空的。做练习或测验时答错的题会自动记到这里。
        </p>
      )}
      {byModule.map(([id, qs]) => {
        const module = modules.find((m) => m.id === id)!;
        return (
          <section key={id} aria-labelledby={`review-${id}`}>
            <h2 id={`review-${id}`}>
              <a href={module.href}>{module.title}</a>（{qs.length} 题）
            </h2>
            {/* A new list when a question joins: its shuffle is seeded by the list's length. */}
            <PracticeList key={qs.map((q) => q.id).join()} questions={qs} name={`review-${id}`} />
          </section>
        );
      })}
    </div>
  );
}
