/**
 * The search panel, shared by the header dialog and the /search/ page. Loaded only when a reader
 * opens search; Pagefind's own script and index are fetched on the first query.
 */
import { preciseSearch, type Hit, type PagefindLike, type Segment } from '../lib/search/precise';

interface PagefindApi extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Results per screen. Each result costs one Pagefind fragment (about 3 KB) to check exactly, so
 * the first query fetches few; "显示更多" checks further candidates on request.
 */
const RESULTS_PER_STEP = 6;
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // No worker: it is one more 12 KB download, and searching a course-sized index on the page is quick.
    await api.options({ baseUrl: base, noWorker: true });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

let instances = 0;

export interface SearchPanel {
  input: HTMLInputElement;
}

export function mountSearch(host: HTMLElement, { query = '' }: { query?: string } = {}): SearchPanel {
  const n = ++instances;
  const input = el('input', {
    type: 'search',
    id: `search-q-${n}`,
    name: 'q',
    autocomplete: 'off',
    enterkeyhint: 'search',
  });
  input.value = query;
  const moduleSelect = el(
    'select',
    { id: `search-module-${n}`, name: 'module' },
    el('option', { value: '' }, '全部模块'),
  );
  const status = el('p', { class: 'meta', role: 'status' });
  const results = el('ul', { class: 'search-results', 'aria-label': '搜索结果' });
  const form = el(
    'form',
    { class: 'search-panel', role: 'search' },
    el(
      'div',
      { class: 'row' },
      el('label', { class: 'q', for: input.id }, '搜索关键词', input),
      el('label', { for: moduleSelect.id }, '限定模块', moduleSelect),
    ),
    status,
    results,
  );
  host.replaceChildren(form);

  void loadPagefind()
    .then((api) => api.filters())
    .then((filters) => {
      for (const name of Object.keys(filters.module ?? {}).sort())
        moduleSelect.append(el('option', { value: name }, name));
    })
    .catch(() => undefined);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const more = el('button', { type: 'button', hidden: '' }, '显示更多结果');
  form.append(more);
  let shown = RESULTS_PER_STEP;
  async function run() {
    const ticket = ++latest;
    const q = input.value.trim();
    if (!q) {
      results.replaceChildren();
      more.hidden = true;
      status.textContent = '输入关键词后自动搜索，例如“选民登记”“委托投票”；几个词之间用空格隔开。';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const api = await loadPagefind();
      const filters: Record<string, string> = moduleSelect.value ? { module: moduleSelect.value } : {};
      const found = await preciseSearch(api, q, { filters, want: shown, batch: 4, maxChecks: shown * 3 });
      if (ticket !== latest) return;
      results.replaceChildren(...found.hits.map(renderResult));
      more.hidden = found.complete || found.hits.length < shown;
      status.textContent = describeResult(q, found.hits.length, !more.hidden);
    } catch {
      if (ticket !== latest) return;
      results.replaceChildren();
      more.hidden = true;
      status.textContent =
        '搜索暂时不可用：搜索索引没有加载成功。请检查网络后重试；如果一直如此，请联系网站管理员确认 pagefind 文件夹已随网站一起部署。';
    }
  }
  const searchAfter = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchAfter(0);
  });
  /** A new query or module: back to the first step of results. */
  const newSearchAfter = (ms: number) => {
    shown = RESULTS_PER_STEP;
    searchAfter(ms);
  };
  input.addEventListener('input', () => newSearchAfter(300));
  moduleSelect.addEventListener('change', () => newSearchAfter(0));
  more.addEventListener('click', () => {
    const first = results.children.length;
    shown += RESULTS_PER_STEP;
    void run().then(() => results.querySelectorAll('a')[first]?.focus());
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

function describeResult(q: string, count: number, hasMore: boolean): string {
  if (count === 0) {
    const hint = /\s/.test(q)
      ? '可以减少几个词再试。'
      : q.length > 4
        ? '可以把它拆成几个词，用空格隔开再试。'
        : '请检查用字，或换一个说法。';
    return `没有找到含有“${q}”的内容。${hint}`;
  }
  return hasMore ? `已显示最相关的 ${count} 篇，还有更多。` : `找到 ${count} 篇相关内容。`;
}

function renderExcerpt(segments: Segment[]): HTMLSpanElement {
  const excerpt = el('span', { class: 'excerpt' });
  for (const segment of segments) excerpt.append(segment.marked ? el('mark', {}, segment.text) : segment.text);
  return excerpt;
}

function renderResult(hit: Hit): HTMLLIElement {
  const module = hit.module ? el('span', { class: 'meta' }, hit.module) : '';
  return el(
    'li',
    {},
    el('a', { href: hit.url }, el('span', { class: 'title' }, hit.title), ' ', module, renderExcerpt(hit.excerpt)),
  );
}
