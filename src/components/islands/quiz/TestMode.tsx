/**
 * The module test: a drawn paper, one submission, a score against the pass mark and a full
 * review. Loaded on first use (see QuizApp). Every answer saves the test in progress, so a
 * reload, back/forward or WeChat's refresh reopens it with the answers in place; a handed-in
 * test is shown from its stored paper, as it was taken, whatever the bank has become since.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PaperQuestion } from '../../../lib/progress/record';
import { dropDraft, recordTest, saveDraft } from '../../../lib/progress/attempts';
import { recordAnswers } from '../../../lib/progress/rules';
import { browserStore } from '../../../lib/progress/store';
import { drawPaper, type PaperItem } from '../../../lib/quiz/paper';
import { newSeed } from '../../../lib/quiz/random';
import { scorePaper } from '../../../lib/quiz/paper-score';
import { isAnswered, isCorrect } from '../../../lib/quiz/scoring';
import type { QuizQuestion, Response } from '../../../lib/quiz/types';
import { Question } from './Question';
import { byId, focusLater } from './answer-sheet';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';

export interface TestProps {
  module: { id: string; title: string; passMark: number; quizSize: number };
  questions: QuizQuestion[];
  /** localStorage key of the task opened in this browser (lib/task/active-task.ts), from the page. */
  activeTaskKey?: string;
}

/**
 * Says this is the test, and whether it counts for the task opened in this browser. Read here,
 * not on the quiz page's first load, whose script budget is tight; a wrong guess only leaves the
 * note general.
 */
function ModeNote({ module, taskKey }: { module: string; taskKey?: string }) {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    try {
      const task = JSON.parse(localStorage.getItem(taskKey ?? '') ?? 'null');
      if (task.until > Date.now() && task.modules.includes(module)) setTitle(String(task.title));
    } catch {
      // No task opened here, or storage blocked: no task to speak of.
    }
  }, []);
  return (
    <p class="mode-note">
      <strong>现在是测验</strong>：交卷后的得分记入学习记录
      {title ? `，本次测验计入学习任务“${title}”。` : '。'}
    </p>
  );
}

interface Test {
  paper: PaperQuestion[];
  responses: Record<string, Response>;
  startedAt: string;
  /** The stored result, once handed in: shown as it was scored. */
  result?: { percent: number; passed: boolean };
}

/**
 * A blank answer sheet: ordering questions start in their shuffled order, the rest empty. (Here,
 * not with the practice list's helpers: the quiz page's first load does without it.)
 */
function blankResponses(questions: Map<string, QuizQuestion>, items: PaperItem[]): Record<string, Response> {
  return Object.fromEntries(
    items.map((item) => [item.id, questions.get(item.id)?.type === 'order' ? [...item.order] : null]),
  );
}

const LEAVE = '测验还没有交卷。已答的题会保存在本机，回到本页可以接着做。确定要离开吗？';

export default function TestMode({ module, questions, activeTaskKey }: TestProps) {
  const index = byId(questions);
  const [test, setTest] = useState<Test | null>(null);
  // The test as last changed, so answers given within one tick each build on the one before.
  const latest = useRef(test);
  latest.current = test;
  const [confirming, setConfirming] = useState(false);
  const { notice } = useProgress(false);

  // Reopen the test in progress, or else the last handed-in test.
  useEffect(() => {
    const data = browserStore().read();
    const draft = data.drafts[module.id];
    const last = data.modules[module.id]?.last;
    if (draft) setTest({ paper: draft.paper, responses: draft.responses, startedAt: draft.startedAt });
    else if (last)
      setTest({
        paper: last.paper,
        responses: last.responses,
        startedAt: last.startedAt ?? last.at,
        result: { percent: last.percent, passed: last.passed },
      });
  }, []);

  // Questions retired since the paper was drawn cannot be shown; the rest keep their option order.
  const shown = (test?.paper ?? []).filter((item) => index.has(item.id));
  const paperQuestions = shown.map((item) => index.get(item.id)!);
  const missing = (test?.paper.length ?? 0) - shown.length;
  const submitted = !!test?.result;

  // Leaving by a link while a test is open asks first; the answers are kept either way.
  useEffect(() => {
    if (!test || submitted) return;
    const ask = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a[href]');
      if (link && !link.getAttribute('href')!.startsWith('#') && !confirm(LEAVE)) event.preventDefault();
    };
    document.addEventListener('click', ask);
    return () => document.removeEventListener('click', ask);
  }, [test && !submitted]);

  const save = (next: Test) =>
    browserStore().update((d) =>
      saveDraft(d, module.id, {
        paper: next.paper,
        responses: next.responses,
        startedAt: next.startedAt,
        savedAt: new Date().toISOString(),
      }),
    );

  const start = () => {
    const paper = drawPaper(questions, Math.min(module.quizSize, questions.length), newSeed());
    const next = { paper, responses: blankResponses(index, paper), startedAt: new Date().toISOString() };
    setTest(next);
    save(next);
    setConfirming(false);
    focusLater('#quiz-paper .question :is(input, button:enabled)');
  };

  const answer = (id: string, value: Response) => {
    const t = latest.current;
    if (!t || t.result) return;
    const next = { ...t, responses: { ...t.responses, [id]: value } };
    latest.current = next;
    setTest(next);
    save(next);
  };

  const unanswered = paperQuestions.filter((q) => !isAnswered(q, test?.responses[q.id])).length;
  const score = test ? scorePaper(paperQuestions, test.responses, module.passMark) : null;

  const submit = () => {
    if (!test || !score) return;
    if (unanswered > 0 && !confirming) return setConfirming(true);
    const at = new Date().toISOString();
    const record = { ...test, wrong: score.wrongIds, percent: score.percent, passed: score.passed, at };
    delete record.result;
    browserStore().update((d) =>
      recordAnswers(
        recordTest(d, module.id, record),
        paperQuestions.map((q) => ({ id: q.id, module: module.id, correct: isCorrect(q, test.responses[q.id]) })),
        at,
      ),
    );
    setTest({ ...test, result: { percent: score.percent, passed: score.passed } });
    setConfirming(false);
    focusLater('#quiz-result');
  };

  if (!test)
    return (
      <>
        <ModeNote module={module.id} taskKey={activeTaskKey} />
        <Notice text={notice} />
        <p class="test-intro">
          <button type="button" class="primary" onClick={start}>
            开始测验
          </button>
        </p>
      </>
    );
  const result = test.result;
  return (
    <div id="quiz-paper">
      <ModeNote module={module.id} taskKey={activeTaskKey} />
      <Notice text={notice} />
      {result && score && (
        <section class={`result ${result.passed ? 'right' : 'wrong'}`} aria-labelledby="quiz-result">
          <h2 id="quiz-result" tabIndex={-1}>
            {result.passed ? '✓ 测验通过' : '✗ 测验未通过'}：{result.percent} 分
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
      {missing > 0 && (
        <p class="notice" role="status">
          这份试卷中有 {missing} 道题已从题库撤下，不再显示{result ? '；成绩按交卷时的记录' : '，不计入本次得分'}。
        </p>
      )}
      <ol class="question-list">
        {shown.map((item, i) => {
          const q = index.get(item.id)!;
          const order = item.order.length === q.options.length ? item.order : q.options.map((_, n) => n);
          return (
            <li key={q.id}>
              <Question
                q={q}
                order={order}
                value={test.responses[q.id] ?? null}
                reveal={!!result}
                name={`test-${q.id}`}
                number={i + 1}
                onChange={(value) => answer(q.id, value)}
              />
            </li>
          );
        })}
      </ol>
      {!result && (
        <div class="submit-bar">
          {confirming && (
            <p class="notice" role="alert">
              还有 {unanswered} 题没有作答，按答错计分。确定交卷请再点一次。
            </p>
          )}
          <button type="button" class="primary" onClick={submit}>
            交卷
          </button>
          <button
            type="button"
            onClick={() => {
              if (!confirm('放弃这次测验吗？已答的题将不再保留。')) return;
              browserStore().update((d) => dropDraft(d, module.id));
              setTest(null);
            }}
          >
            放弃本次测验
          </button>
        </div>
      )}
    </div>
  );
}
