/**
 * The header's search dialog. The page's inline script has already put the dialog (rendered by
 * Header.astro) in the page and opened it, so the reader can type before this code arrives;
 * this adds what a native <dialog> lacks and starts the search panel.
 */
import { mountSearch } from './search-ui';

export function enhanceSearchDialog(dialog: HTMLDialogElement) {
  // A search field eats the first Escape to clear itself; readers expect Escape to close search.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  const form = dialog.querySelector<HTMLFormElement>('form[data-search-form]');
  // This code loads only when the reader shows intent: fetch the index at once.
  if (form) mountSearch(form, { prefetchNow: true });
}
