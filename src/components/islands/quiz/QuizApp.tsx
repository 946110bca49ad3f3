/**
 * A module's quiz page: practice (check as you go) or test. The test's code is not on the page
 * until it is wanted — on the first tap of 测验, or at once when there is a test in progress or
 * a handed-in test to show — so the page starts light on a cheap phone.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserStore } from '../../../lib/progress/store';
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

export default function QuizApp(props: TestProps) {
  const [mode, setMode] = useState<'practice' | 'test'>('practice');
  const [Test, setTest] = useState<ComponentType<TestProps> | null>(null);
  const [failed, setFailed] = useState(false);

  const openTest = () => {
    setMode('test');
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
    // The test's code is fetched while the reader practises, so 测验 still opens when the signal drops.
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
        <PracticeList questions={props.questions} name="practice" />
      ) : Test ? (
        <Test {...props} />
      ) : (
        <p class={failed ? 'notice' : ''} role={failed ? 'alert' : 'status'}>
          {failed ? '测验没有加载成功，请检查网络后刷新本页。' : '正在打开测验…'}
        </p>
      )}
    </div>
  );
}
