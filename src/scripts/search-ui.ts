/**
 * The search panel, shared by the header dialog and the /search/ page. Loaded only when a reader
 * opens search; Pagefind's own script and index are fetched on the first query.
 */
import { excerptSegments } from '../lib/search/excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options: { filters?: Record<string, string> },
    ms: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 12;
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 40 });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
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
  const input = el('input', { type: 'search', id: `search-q-${n}`, name: 'q', autocomplete: 'off', enterkeyhint: 'search' });
  input.value = query;
  const moduleSelect = el('select', { id: `search-module-${n}`, name: 'module' }, el('option', { value: '' }, '全部模块'));
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
      for (const name of Object.keys(filters.module ?? {}).sort()) moduleSelect.append(el('option', { value: name }, name));
    })
    .catch(() => undefined);

  let latest = 0;
  async function run(delay: number) {
    const ticket = ++latest;
    const q = input.value.trim();
    if (!q) {
      results.replaceChildren();
      status.textContent = '输入关键词后自动搜索，例如“选民登记”“委托投票”。';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const api = await loadPagefind();
      const filters: Record<string, string> = moduleSelect.value ? { module: moduleSelect.value } : {};
      const search = await api.debouncedSearch(q, { filters }, delay);
      if (!search || ticket !== latest) return;
      const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      results.replaceChildren(...found.map(renderResult));
      status.textContent = found.length === 0 ? `没有找到与“${q}”相关的内容。` : `找到 ${search.results.length} 篇相关内容${search.results.length > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 篇` : ''}。`;
    } catch {
      if (ticket !== latest) return;
      results.replaceChildren();
      status.textContent = '搜索暂时不可用：搜索索引没有加载成功。请检查网络后重试；如果一直如此，请联系网站管理员确认 pagefind 文件夹已随网站一起部署。';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  input.addEventListener('input', () => void run(250));
  moduleSelect.addEventListener('change', () => void run(0));
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    (next < 0 ? input : links[next]!).focus();
  });

  void run(0);
  return { input };
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const excerpt = el('span', { class: 'excerpt' });
  for (const segment of excerptSegments(data.excerpt)) excerpt.append(segment.marked ? el('mark', {}, segment.text) : segment.text);
  const module = data.meta.module ? el('span', { class: 'meta' }, data.meta.module) : '';
  return el('li', {}, el('a', { href: data.url }, el('span', { class: 'title' }, data.meta.title ?? data.url), ' ', module, excerpt));
}
