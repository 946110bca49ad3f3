/**
 * WeChat on a phone has no print menu: its 打印 shows how to open the page in the browser instead
 * (PrintHint.astro loads this file, self-contained, at the first tap). The hint goes under each 打印 on the page, and
 * under one an island adds later when that is tapped.
 */
import { WECHAT_PRINT_HINT } from '../lib/site-meta';

function showUnder(button: Element) {
  if (button.nextElementSibling?.classList.contains('print-hint')) return;
  const hint = Object.assign(document.createElement('p'), { className: 'notice print-hint' });
  hint.setAttribute('role', 'status');
  button.after(hint);
  // Written once the live region is in the page, so screen readers announce it.
  hint.textContent = WECHAT_PRINT_HINT;
}

function showPrintHints() {
  document.querySelectorAll('[data-print]').forEach(showUnder);
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-print]');
    if (button) showUnder(button);
  });
}

showPrintHints();
