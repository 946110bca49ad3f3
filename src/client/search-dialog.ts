/**
 * The header's search dialog. The page's inline script has already put the dialog (rendered by
 * Header.astro with its search field and button only, to keep it out of every page's bytes) in the page and
 * opened it, so the reader can type before this code arrives; this completes the panel as
 * SearchForm.astro renders it on /search/, adds what a native <dialog> lacks and starts the search.
 */
import { href } from '../lib/url';
import { mountSearch } from './search-ui';

/** What SearchForm.astro has beside the search field; fixed markup, nothing from outside. */
const MODULES =
  '<label class="module">限定模块<select name="module"><option value="">全部模块</option></select></label>';
const PANEL_REST =
  '<p class="meta" role="status" data-search-status></p>' +
  '<p class="search-suggest" hidden data-search-suggest></p>' +
  '<ul class="search-results" aria-label="搜索结果" data-search-results></ul>' +
  '<button type="button" hidden data-search-more>显示更多结果</button>';
const CLOSE = '<form method="dialog"><button type="submit" class="search-close">关闭搜索</button></form>';

/** Fills 限定模块 with the module titles, in course order; without them it offers 全部模块 alone. */
async function addModules(select: HTMLSelectElement) {
  try {
    const response = await fetch(href('search/modules.json'));
    if (!response.ok) return;
    const titles: unknown = await response.json();
    if (!Array.isArray(titles)) return;
    for (const title of titles) if (typeof title === 'string') select.add(new Option(title, title));
  } catch {
    // Offline before the worker has the file: searching all modules still works.
  }
}

export function enhanceSearchDialog(dialog: HTMLDialogElement) {
  const form = dialog.querySelector<HTMLFormElement>('form[data-search-form]');
  if (!form) return;
  form.querySelector('.search-submit')!.insertAdjacentHTML('beforebegin', MODULES);
  form.insertAdjacentHTML('beforeend', PANEL_REST);
  form.insertAdjacentHTML('afterend', CLOSE);
  void addModules(form.querySelector('select')!);
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
  // This code loads only when the reader shows intent: fetch the index at once.
  mountSearch(form, { prefetchNow: true });
}
