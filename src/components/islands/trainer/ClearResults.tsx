/**
 * 清空汇总, asked twice. Keyboard focus follows the question to the confirm and back, never to the
 * top of the page (the button that had it disappears when the question opens).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Receipts kept now. */
  count: number;
  /** What is stored cannot be read by this page. */
  unreadable: boolean;
  onClear(): void;
}

export default function ClearResults({ count, unreadable, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const focus = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) return void (firstRender.current = false);
    focus.current?.focus();
  }, [confirming]);

  return (
    <section class="no-print" aria-labelledby="clear-heading">
      <h2 id="clear-heading">清空</h2>
      {confirming ? (
        <div role="group" aria-labelledby="clear-question">
          <p id="clear-question">
            {unreadable
              ? '确定清空本机保存的成绩汇总吗？原来保存的内容本页读不出，清空后不能恢复；本次粘贴的回执会一并清掉。'
              : `确定清空本机保存的 ${count} 份回执和任务链接吗？清空后不能恢复，建议先导出。`}
          </p>
          <div class="button-row">
            <button
              type="button"
              ref={focus}
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              确定清空
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={focus} onClick={() => setConfirming(true)}>
          清空汇总……
        </button>
      )}
    </section>
  );
}
