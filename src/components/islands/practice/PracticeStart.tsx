/**
 * The 每日一练 page's first load: a start button with the set's size. The set, the schedule and
 * the answer code (PracticeApp) come on the tap, or at once when a set is half answered, so the
 * page stays within the quiz page's JavaScript budget on a cheap phone.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';
import { prefetchTemplateScript, runTemplateScript } from '../shared/template-script';
import type { PracticeProps } from './PracticeApp';

declare global {
  interface Window {
    /** Set by the practice loader script (PracticeLoader.astro) once it has run. */
    hjPracticeApp?: ComponentType<PracticeProps>;
  }
}

const LOADER = 'template[data-practice-loader]';

export default function PracticeStart({ modules }: PracticeProps) {
  const { data, notice } = useProgress();
  const [App, setApp] = useState<ComponentType<PracticeProps> | null>(null);
  const [phase, setPhase] = useState<'idle' | 'opening' | 'failed'>('idle');

  const open = () => {
    setPhase('opening');
    const ready = () => setApp(() => window.hjPracticeApp!);
    if (window.hjPracticeApp) return ready();
    addEventListener('hj:practice-app', ready, { once: true });
    runTemplateScript(LOADER, () => setPhase('failed'));
  };

  // A set left half answered (days.ts, dayDone) reopens without the tap; no date code needed.
  const today = data?.practice.today;
  const unfinished = today?.ids.some((id) => (data!.practice.cards[id]?.reviewed ?? '') < today.day);
  useEffect(() => {
    if (unfinished) open();
    else if (data) return prefetchTemplateScript(LOADER);
  }, [data !== null]);

  if (App) return <App modules={modules} />;
  if (!data) return null;
  return (
    <div class="daily">
      <Notice text={notice} />
      <p class="actions">
        <button type="button" class="daily-start" disabled={phase !== 'idle'} onClick={open}>
          开始练习（{data.practice.size} 题）
        </button>
      </p>
      {phase === 'failed' && (
        <p class="notice" role="alert">
          没有加载成功，请联网后刷新本页。学习记录不受影响。
        </p>
      )}
    </div>
  );
}
