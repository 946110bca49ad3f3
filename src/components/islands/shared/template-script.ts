/**
 * Code kept off a page's first load: its <script> waits in an inert <template>, and cloning the
 * template into the page fetches and runs it once (Vite's dynamic import() would add its 0.9 KB
 * preload helper to the page instead). The script announces itself with an event.
 */

/** Clones the template's script into the page; `onError` when it cannot be fetched. */
export function runTemplateScript(selector: string, onError: () => void): void {
  const loader = document.querySelector<HTMLTemplateElement>(selector);
  if (!loader) return;
  loader.remove();
  loader.content.querySelector('script')?.addEventListener('error', onError);
  document.body.append(loader.content);
}

/**
 * Fetches (without running) the template's script after 3 s, so the code is there when the
 * reader asks for it after the signal drops. Returns a cancel function for an effect's cleanup.
 */
export function prefetchTemplateScript(selector: string): () => void {
  const src = document
    .querySelector<HTMLTemplateElement>(selector)
    ?.content.querySelector('script')
    ?.getAttribute('src');
  const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: src });
  const timer = setTimeout(() => src && document.head.append(link), 3000);
  return () => clearTimeout(timer);
}
