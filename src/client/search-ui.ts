/**
 * The search panel, shared by the header dialog and the /search/ page: it brings the form that
 * SearchForm.astro rendered (or search-dialog.ts completed) to life. Results stream in as each is checked; the glossary entry
 * for the query's own term comes first; a query that finds nothing gets "您要找的是不是" and,
 * when one suggestion is clearly best, its results too, paged like any others.
 */
import { glossaryHits, isOwnTerm, orderResults } from '../lib/search/glossary';
import { parseQuery, preciseSearch, RESULTS_PER_STEP, screenOptions, type Hit } from '../lib/search/precise';
import { suggestQuery } from '../lib/search/suggest';
import { loadGlossary, loadPagefind, loadSuggestions, prefetch } from './search-data';
import { describeResult, renderResult, renderSuggestions, UNAVAILABLE } from './search-render';

/** Merges keystrokes typed one by one; a word an input method commits (or a paste) is searched at once. */
const TYPING_PAUSE_MS = 150;
const HINT = '输入关键词后自动搜索，例如“选民登记”“委托投票”；几个词之间用空格隔开。';

export interface SearchPanel {
  input: HTMLInputElement;
}

const byScore = (a: Hit, b: Hit) => b.score - a.score;

export function mountSearch(form: HTMLFormElement, { prefetchNow = false } = {}): SearchPanel {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const moduleSelect = form.querySelector<HTMLSelectElement>('select')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const suggest = form.querySelector<HTMLElement>('[data-search-suggest]')!;
  const results = form.querySelector<HTMLUListElement>('[data-search-results]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
  suggest.setAttribute('aria-live', 'polite');

  if (prefetchNow) prefetch();
  else
    for (const event of ['focus', 'pointerenter', 'touchstart'])
      input.addEventListener(event, prefetch, { once: true });

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = RESULTS_PER_STEP;
  /** Set while the results on screen are a suggestion's: "显示更多" then pages those. */
  let suggested: { typed: string; best: string } | null = null;
  const filters = (): Record<string, string> => (moduleSelect.value ? { module: moduleSelect.value } : {});
  const show = (hits: Hit[], words: string[]) => results.replaceChildren(...hits.map((h) => renderResult(h, words)));

  /** Glossary entries (all modules only) and checked pages for one query, shown as they come. */
  async function find(q: string, ticket: number, stream: boolean) {
    const [api, glossary] = await Promise.all([loadPagefind(), loadGlossary()]);
    const words = parseQuery(q);
    const top = glossary && !moduleSelect.value ? glossaryHits(glossary, words) : [];
    const streamed: Hit[] = [];
    // Before any page is checked only the query's own entry can be shown in its final place.
    const own = top.filter(isOwnTerm);
    if (stream && own.length > 0 && ticket === latest) show(own, words);
    const found = await preciseSearch(api, q, {
      filters: filters(),
      ...screenOptions(shown),
      onHit: (hit) => {
        if (!stream || ticket !== latest) return;
        streamed.push(hit);
        show(orderResults(top, streamed.sort(byScore)), words);
      },
    });
    return { words, top, found };
  }

  async function run() {
    const ticket = ++latest;
    const q = input.value.trim();
    suggested = null;
    suggest.hidden = true;
    if (!q) {
      results.replaceChildren();
      more.hidden = true;
      status.textContent = HINT;
      return;
    }
    status.textContent = '正在搜索…';
    try {
      // A first screen streams in; "显示更多" re-checks the same pages, so it renders once at the end.
      const { words, top, found } = await find(q, ticket, shown === RESULTS_PER_STEP);
      if (ticket !== latest) return;
      const count = top.length + found.hits.length;
      show(orderResults(top, found.hits), words);
      more.hidden = found.complete || found.hits.length < shown;
      status.textContent = describeResult(q, count, !more.hidden);
      if (count === 0) await offerSuggestions(q, ticket);
    } catch {
      fail(ticket);
    }
  }

  function fail(ticket: number) {
    if (ticket !== latest) return;
    results.replaceChildren();
    more.hidden = true;
    status.textContent = UNAVAILABLE;
  }

  async function offerSuggestions(q: string, ticket: number) {
    const index = await loadSuggestions().catch(() => null);
    if (!index || ticket !== latest) return;
    const { suggestions, clear } = suggestQuery(index, q);
    if (suggestions.length === 0) return;
    suggest.replaceChildren(...renderSuggestions(suggestions, pick));
    suggest.hidden = false;
    if (!clear) return;
    await showSuggested({ typed: q, best: suggestions[0]!.text }, ticket);
  }

  /** The results of the clear suggestion under the typed query's "did you mean", `shown` of them. */
  async function showSuggested(query: { typed: string; best: string }, ticket: number) {
    const { words, top, found } = await find(query.best, ticket, false);
    if (ticket !== latest || top.length + found.hits.length === 0) return;
    suggested = query;
    show(orderResults(top, found.hits), words);
    more.hidden = found.complete || found.hits.length < shown;
    status.textContent = `没有找到含有“${query.typed}”的内容，下面是“${query.best}”的结果${more.hidden ? '' : '，还有更多'}。`;
  }

  // A tap leaves focus alone: on a phone, focusing the box would raise the keyboard over the results.
  function pick(text: string, byKeyboard: boolean) {
    input.value = text;
    if (byKeyboard) input.focus();
    newSearchAfter(0);
  }

  const searchAfter = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };
  /** A new query or module: back to the first step of results. */
  const newSearchAfter = (ms: number) => {
    shown = RESULTS_PER_STEP;
    searchAfter(ms);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    newSearchAfter(0);
  });
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    // Fetch the index chunks for the words while the pause runs out.
    const q = input.value.trim();
    if (q)
      loadPagefind()
        .then((api) => api.preload(q, { filters: filters() }))
        .catch(() => undefined);
    newSearchAfter(((event as InputEvent).data?.length ?? 0) > 1 ? 0 : TYPING_PAUSE_MS);
  });
  moduleSelect.addEventListener('change', () => newSearchAfter(0));
  more.addEventListener('click', () => {
    const first = results.children.length;
    shown += RESULTS_PER_STEP;
    let next: Promise<void>;
    if (suggested) {
      const ticket = ++latest;
      next = showSuggested(suggested, ticket).catch(() => fail(ticket));
    } else next = run();
    void next.then(() => results.querySelectorAll('a')[first]?.focus());
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    (next < 0 ? input : links[next]!).focus();
  });

  searchAfter(0);
  return { input };
}
