/**
 * 打印 inside an island: the page's inline script prints, or on a phone in WeChat (no print menu)
 * shows the hint named by `data-print` instead. A <span>, so it fits in a paragraph of buttons.
 */
import { WECHAT_PRINT_HINT } from '../../../lib/site-meta';

export default function PrintButton({ label, hintId }: { label: string; hintId: string }) {
  return (
    <>
      <button type="button" data-print={hintId}>
        {label}
      </button>
      <span id={hintId} class="wx-print-hint notice" role="status" hidden>
        {WECHAT_PRINT_HINT}
      </span>
    </>
  );
}
