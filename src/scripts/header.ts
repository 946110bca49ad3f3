/**
 * The only script a reading page loads up front: the font-size control and the search opener.
 * The search code itself is fetched on first use.
 */
import { FONT_SIZE_KEY, FONT_SIZES } from '../lib/site-meta';

type FontSize = (typeof FONT_SIZES)[number];

function applyFontSize(size: FontSize, save: boolean) {
  const root = document.documentElement;
  if (size) root.dataset.fs = size;
  else delete root.dataset.fs;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-fs-set]')) {
    button.setAttribute('aria-pressed', String(button.dataset.fsSet === size));
  }
  if (!save) return;
  try {
    if (size) localStorage.setItem(FONT_SIZE_KEY, size);
    else localStorage.removeItem(FONT_SIZE_KEY);
  } catch {
    // Storage blocked (private mode, some in-app browsers): the size still applies to this page.
  }
}

function openSearch() {
  void import('./search-dialog').then((m) => m.openSearchDialog());
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function initHeader() {
  // Phones start with the lesson menu folded so the lesson comes first; without script it stays open.
  const sidebar = document.querySelector<HTMLDetailsElement>('[data-sidebar]');
  if (sidebar && !matchMedia('(min-width: 60rem)').matches) sidebar.open = false;

  const current = (document.documentElement.dataset.fs ?? '') as FontSize;
  applyFontSize(FONT_SIZES.includes(current) ? current : '', false);

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const sizeButton = target?.closest<HTMLButtonElement>('[data-fs-set]');
    if (sizeButton) applyFontSize((sizeButton.dataset.fsSet ?? '') as FontSize, true);
    if (target?.closest('[data-search-open]') && !(event instanceof MouseEvent && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      openSearch();
    }
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
    if (shortcut && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      openSearch();
    }
  });
}
