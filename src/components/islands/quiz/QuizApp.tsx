/**
 * A module's quiz page: practice (check as you go) or test. The test's code is not on the page
 * until it is wanted — on the first tap of 测验, or at once when there is a test in progress or
 * a handed-in test to show — so the page starts light on a cheap phone. Nor is the whole bank:
 * the page carries the first practice questions, and the module's questions.json (kept by the
 * service worker for offline use) is fetched for the test and for practice beyond them.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserStore } from '../../../lib/progress/store';
import type { QuizQuestion } from '../../../lib/quiz/types';
import { prefetchTemplateScript, runTemplateScript } from '../shared/template-script';
import { PracticeList } from './PracticeList';
import type { TestProps } from './TestMode';

declare global {
  interface Window {
    /** Set by the test-mode loader script (TestModeLoader.astro) once it has run. */
    hjTestMode?: ComponentType<TestProps>;
  }
}

const LOADER = 'template[data-test-mode]';

export interface QuizProps extends TestProps {
  /** The bank's size; `questions` are its first PRACTICE_STEP (lib/quiz/paper.ts). */
  total: number;
  /** The module's questions.json. */
  bankHref: string;
}

let request: Promise<QuizQuestion[]> | undefined;
/**
 * The whole bank, fetched once per page; a failed request is forgotten, so the next try asks
 * again. Anything but the JSON (an error page) fails to parse. Islands on other pages share
 * shared/module-questions.ts; its file of helpers would cost this page more than its script
 * budget has left.
 */
const wholeBank = (href: string) => {
  request ??= fetch(href).then((res) => res.json());
  request.catch(() => (request = undefined));
  return request;
};

export default function QuizApp({ total, bankHref, ...props }: QuizProps) {
  const [mode, setMode] = useState<'practice' | 'test'>('practice');
  const [Test, setTest] = useState<ComponentType<TestProps> | null>(null);
  const [failed, setFailed] = useState(false);
  // The whole bank once fetched; false when it could not be.
  const [bank, setBank] = useState<QuizQuestion[] | false | null>(null);
  /** The bank, for practice past the first questions or for the test; false when it cannot be had. */
  const rest = () =>
    wholeBank(bankHref)
      .catch(() => false as const)
      .then((all) => {
        setBank(all);
        return all;
      });
  // The test's code or the bank could not be fetched. The bank is asked for again on the next
  // 测验 or 继续练习; the code only after a reload (the browser keeps a failed module as failed),
  // which reopens a test in progress from the store.
  const down = failed || bank === false;

  const openTest = () => {
    setMode('test');
    rest();
    const ready = () => setTest(() => window.hjTestMode!);
    if (window.hjTestMode) return ready();
    addEventListener('hj:test-mode', ready, { once: true });
    runTemplateScript(LOADER, () => setFailed(true));
  };

  // After hydration: reopen a test in progress or the last result, or go to the test when linked.
  useEffect(() => {
    const data = browserStore().read();
    if (data.drafts[props.module.id] || data.modules[props.module.id]?.last || location.hash === '#test') {
      openTest();
      return;
    }
    // The test's code and the bank are fetched while the reader practises, so 测验 and 继续练习
    // still work when the signal drops (iOS WeChat has no service worker to keep them).
    // (The island lives as long as the page: the bank's timer needs no clearing.)
    setTimeout(wholeBank, 3000, bankHref);
    return prefetchTemplateScript(LOADER);
  }, []);

  return (
    <div class="quiz">
      <div class="mode-switch js-only" role="group" aria-label="答题方式">
        <button type="button" aria-pressed={mode === 'practice'} onClick={() => setMode('practice')}>
          练习
        </button>
        <button type="button" aria-pressed={mode === 'test'} onClick={openTest}>
          测验
        </button>
      </div>
      {mode === 'practice' ? (
        <PracticeList questions={props.questions} total={total} rest={rest} name="practice" />
      ) : Test && bank ? (
        <Test {...props} questions={bank} />
      ) : (
        !down && <p role="status">正在打开测验…</p>
      )}
      {down && (
        <p class="notice" role="alert">
          题目没有取到，已做的题都还在。请联网后再试，或刷新本页。
        </p>
      )}
    </div>
  );
}
