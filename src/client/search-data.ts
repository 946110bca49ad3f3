/**
 * What the search panel fetches, each once per page and only when needed: Pagefind and the
 * glossary as soon as the reader shows intent (the dialog's code loads on hover, focus, tap or
 * the shortcut), the "did you mean" table only when a query finds nothing. A failed fetch is
 * forgotten, so the next query tries again.
 */
import type { PagefindLike } from '../lib/search/precise';
import { decodeGlossary, type GlossaryDataV1 } from '../lib/search/glossary';
import { decodeSuggestData, type SuggestIndex } from '../lib/search/suggest';
import { href, pagefindHref } from '../lib/url';

export interface PagefindApi extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load();
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

async function json(path: string): Promise<unknown> {
  const response = await fetch(href(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/**
 * Pagefind asks for its entry file with a tag that defeats the cache (`?ts=`); it takes the tag
 * from `metaCacheTag`. Giving it one chosen here lets a preload started before Pagefind's own
 * script has arrived answer that request, one round trip less before the index (about 0.17 s on
 * a phone). A new tag per page view keeps the file as fresh as Pagefind's own tag would.
 */
const entryTag = String(Date.now());

function preloadEntry() {
  const link = Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: pagefindHref(`pagefind-entry.json?ts=${entryTag}`),
  });
  document.head.append(link);
}

export const loadPagefind = once(async () => {
  preloadEntry();
  const api = (await import(/* @vite-ignore */ pagefindHref('pagefind.js'))) as PagefindApi;
  // No worker: it is one more 12 KB download, and searching a course-sized index on the page is quick.
  await api.options({ baseUrl: import.meta.env.BASE_URL, noWorker: true, metaCacheTag: entryTag });
  await api.init();
  return api;
});

/** The glossary; a site without one (or a damaged file) simply has no glossary results. */
export const loadGlossary = once(async (): Promise<GlossaryDataV1 | null> => {
  try {
    return decodeGlossary(await json('search/glossary.json'));
  } catch {
    return null;
  }
});

export const loadSuggestions = once(async (): Promise<SuggestIndex | null> =>
  decodeSuggestData(await json('search/suggest.json')),
);

/** Starts the downloads a first query needs, without waiting for them. */
export function prefetch() {
  loadPagefind().catch(() => undefined);
  void loadGlossary();
}
