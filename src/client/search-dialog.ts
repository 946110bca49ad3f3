/** The header's search dialog: a native <dialog>, so focus trapping and Esc come for free. */
import { mountSearch, type SearchPanel } from './search-ui';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

export function openSearchDialog() {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', '搜索课程');
    const body = document.createElement('div');
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: '关闭搜索' });
    close.className = 'search-close';
    close.addEventListener('click', () => dialog?.close());
    dialog.append(body, close);
    // A search field eats the first Escape to clear itself; readers expect Escape to close search.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog?.close();
      }
    });
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
    panel = mountSearch(body);
  }
  if (!dialog.open) dialog.showModal();
  panel?.input.focus();
  panel?.input.select();
}
