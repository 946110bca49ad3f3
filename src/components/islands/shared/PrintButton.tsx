/**
 * 打印 inside an island, as PrintTools.astro gives it to pages: the page's inline script prints;
 * on a phone in WeChat (no print menu) a 打印 that opens the hint to use the system browser takes
 * its place (print.css), so the hint shows only when someone asks to print.
 */
import { WECHAT_PRINT_HINT } from '../../../lib/site-meta';

export default function PrintButton({ label }: { label: string }) {
  return (
    <>
      <button type="button" data-print>
        {label}
      </button>
      <details class="wx-print">
        <summary>{label}</summary>
        <p class="notice">{WECHAT_PRINT_HINT}</p>
      </details>
    </>
  );
}
