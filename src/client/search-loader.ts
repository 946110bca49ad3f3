/**
 * The header's search, in one file (SearchLoader.astro links it bundled, `?one-file`, so the
 * browser fetches it in one request beside Pagefind's script and WebAssembly): it completes the
 * dialog the page's inline script has opened, and starts Pagefind at once.
 */
import { enhanceSearchDialog } from './search-dialog';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) enhanceSearchDialog(dialog);
