/**
 * 错题本: every question the trainee got wrong, by module, to practise again. The questions are
 * fetched per module from /modules/<id>/questions.json, so the page carries no bank itself.
 */
import { useEffect, useState } from 'preact/hooks';
import type { QuizQuestion } from '../../lib/quiz/types';
import { MASTERED_STREAK } from '../../lib/progress/rules';
import { PracticeList } from './PracticeList';
import { Notice, useProgress } from './use-progress';

interface Props {
  modules: { id: string; title: string; href: string }[];
}

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; byModule: [string, QuizQuestion[]][] };

export default function ReviewBook({ modules }: Props) {
  const { data, notice } = useProgress();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  // Runs once, when the record has been read after hydration.
  useEffect(() => {
    if (!data) return;
    // Fixed when the page opens: questions answered right now stay on screen until the next visit.
    const wanted = new Map<string, Set<string>>();
    for (const [id, entry] of Object.entries(data.wrong))
      wanted.set(entry.module, (wanted.get(entry.module) ?? new Set()).add(id));
    const known = modules.filter((m) => wanted.has(m.id));
    Promise.all(
      known.map(async (m) => {
        const res = await fetch(`${import.meta.env.BASE_URL}modules/${m.id}/questions.json`);
        if (!res.ok) throw new Error(String(res.status));
        const bank = (await res.json()) as QuizQuestion[];
        return [m.id, bank.filter((q) => wanted.get(m.id)!.has(q.id))] as [string, QuizQuestion[]];
      }),
    ).then(
      (byModule) => setLoaded({ state: 'ready', byModule: byModule.filter(([, qs]) => qs.length > 0) }),
      () => setLoaded({ state: 'error' }),
    );
  }, [data === null]);

  if (loaded.state === 'loading') return <p class="js-only">正在读取错题本…</p>;
  if (loaded.state === 'error')
    return (
      <p class="notice" role="alert">
        题目没有加载成功，请检查网络后刷新本页。您的错题记录没有受影响。
      </p>
    );
  const total = loaded.byModule.reduce((n, [, qs]) => n + qs.length, 0);
  return (
    <div class="review-book">
      <Notice text={notice} />
      {total === 0 ? (
        <p class="notice" role="status">
          错题本是空的。做练习或测验时答错的题会自动记到这里。
        </p>
      ) : (
        <p role="status">
          共 {total} 道错题。同一道题连续答对 {MASTERED_STREAK} 次后，会自动移出错题本。
        </p>
      )}
      {loaded.byModule.map(([id, qs]) => {
        const module = modules.find((m) => m.id === id)!;
        return (
          <section key={id} aria-labelledby={`review-${id}`}>
            <h2 id={`review-${id}`}>
              <a href={module.href}>{module.title}</a>（{qs.length} 题）
            </h2>
            <PracticeList questions={qs} name={`review-${id}`} />
          </section>
        );
      })}
    </div>
  );
}
