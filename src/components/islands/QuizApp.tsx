/**
 * A module's quiz page: practice (check as you go) or test (a drawn paper, one submission, a
 * score against the pass mark and a full review). The last test survives a reload: its seed
 * rebuilds the same paper and the stored answers fill it in.
 */
import { useEffect, useState } from 'preact/hooks';
import { drawPaper } from '../../lib/quiz/paper';
import { newSeed } from '../../lib/quiz/random';
import { isAnswered, isCorrect, scorePaper } from '../../lib/quiz/scoring';
import type { QuizQuestion, Response } from '../../lib/quiz/types';
import { recordAnswers, recordTest } from '../../lib/progress/rules';
import { PracticeList } from './PracticeList';
import { Question } from './Question';
import { blankResponses, byId, focusLater } from './answers';
import { Notice, useProgress } from './use-progress';

interface Props {
  module: { id: string; title: string; passMark: number; quizSize: number };
  questions: QuizQuestion[];
}

interface Test {
  seed: number;
  size: number;
  responses: Record<string, Response>;
  submitted: boolean;
}

export default function QuizApp({ module, questions }: Props) {
  const { data, notice, update } = useProgress();
  const index = byId(questions);
  const size = Math.min(module.quizSize, questions.length);
  const [mode, setMode] = useState<'practice' | 'test'>('practice');
  const [test, setTest] = useState<Test | null>(null);
  const [confirming, setConfirming] = useState(false);

  // After hydration: reopen the last test's result, or go straight to the test when linked to it.
  useEffect(() => {
    const last = data?.modules[module.id]?.last;
    if (last) setTest({ seed: last.seed, size: last.size, responses: last.responses, submitted: true });
    if (last || location.hash === '#test') setMode('test');
  }, []);

  const paper = test ? drawPaper(questions, test.size, test.seed) : [];
  const paperQuestions = paper.map((item) => index.get(item.id)!);

  const start = () => {
    const seed = newSeed();
    setTest({ seed, size, responses: blankResponses(index, drawPaper(questions, size, seed)), submitted: false });
    setConfirming(false);
    focusLater('#quiz-paper .question :is(input, button)');
  };

  const unanswered = test ? paperQuestions.filter((q) => !isAnswered(q, test.responses[q.id])).length : 0;
  const submit = () => {
    if (!test) return;
    if (unanswered > 0 && !confirming) return setConfirming(true);
    const score = scorePaper(paperQuestions, test.responses, module.passMark);
    const at = new Date().toISOString();
    update((d) =>
      recordAnswers(
        recordTest(d, module.id, {
          seed: test.seed,
          size: paper.length,
          responses: test.responses,
          percent: score.percent,
          passed: score.passed,
          at,
        }),
        paperQuestions.map((q) => ({ id: q.id, module: module.id, correct: isCorrect(q, test.responses[q.id]) })),
        at,
      ),
    );
    setTest({ ...test, submitted: true });
    setConfirming(false);
    focusLater('#quiz-result');
  };

  const score = test?.submitted ? scorePaper(paperQuestions, test.responses, module.passMark) : null;

  return (
    <div class="quiz">
      <Notice text={notice} />
      <div class="mode-switch js-only" role="group" aria-label="答题方式">
        <button type="button" aria-pressed={mode === 'practice'} onClick={() => setMode('practice')}>
          练习
        </button>
        <button type="button" aria-pressed={mode === 'test'} onClick={() => setMode('test')}>
          测验
        </button>
      </div>
      {mode === 'practice' ? (
        <PracticeList questions={questions} name="practice" />
      ) : !test ? (
        <p class="test-intro">
          <button type="button" class="primary" onClick={start}>
            开始测验
          </button>
        </p>
      ) : (
        <div id="quiz-paper">
          {score && (
            <section class={`result ${score.passed ? 'right' : 'wrong'}`} aria-labelledby="quiz-result">
              <h2 id="quiz-result" tabIndex={-1}>
                {score.passed ? '✓ 测验通过' : '✗ 测验未通过'}：{score.percent} 分
              </h2>
              <p role="status">
                答对 {score.correct} 题，共 {score.total} 题；及格线 {module.passMark} 分。
              </p>
              {score.review.length > 0 && (
                <>
                  <h3>复习这些内容</h3>
                  <ul>
                    {score.review.map((t) => (
                      <li key={t.lesson}>
                        <a href={t.href}>{t.title}</a>（错 {t.wrong} 题，共 {t.total} 题）
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <button type="button" class="primary" onClick={start}>
                再测一次（重新抽题）
              </button>
              <h3>逐题查看</h3>
            </section>
          )}
          <ol class="question-list">
            {paper.map((item, i) => {
              const q = index.get(item.id)!;
              return (
                <li key={q.id}>
                  <Question
                    q={q}
                    order={item.order}
                    value={test.responses[q.id] ?? null}
                    reveal={test.submitted}
                    name={`test-${q.id}`}
                    number={i + 1}
                    onChange={(value) => setTest({ ...test, responses: { ...test.responses, [q.id]: value } })}
                  />
                </li>
              );
            })}
          </ol>
          {!test.submitted && (
            <div class="submit-bar">
              {confirming && (
                <p class="notice" role="alert">
                  还有 {unanswered} 题没有作答，按答错计分。确定交卷请再点一次。
                </p>
              )}
              <button type="button" class="primary" onClick={submit}>
                交卷
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
