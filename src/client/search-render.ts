/** DOM for search results and suggestions, built with createElement: result text is never parsed as HTML. */
import type { Hit, Segment } from '../lib/search/precise';
import { landingUrl } from '../lib/search/landing';
import type { Suggestion } from '../lib/search/suggest';
import { searchHref } from '../lib/url';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function renderExcerpt(segments: Segment[]): HTMLSpanElement {
  const excerpt = el('span', { class: 'excerpt' });
  for (const segment of segments) excerpt.append(segment.marked ? el('mark', {}, segment.text) : segment.text);
  return excerpt;
}

/** A result links to its section, with the words to mark there (see lib/search/landing.ts). */
export function renderResult(hit: Hit, terms: string[]): HTMLLIElement {
  const module = hit.module ? el('span', { class: 'meta' }, hit.module) : '';
  const href = landingUrl(hit.url, { anchor: hit.anchor, terms });
  return el(
    'li',
    hit.glossary ? { class: 'glossary-hit' } : {},
    el('a', { href }, el('span', { class: 'title' }, hit.title), ' ', module, renderExcerpt(hit.excerpt)),
  );
}

/** "您要找的是不是：A、B": each a link to the search page, which the panel runs in place. */
export function renderSuggestions(
  suggestions: Suggestion[],
  onPick: (text: string, byKeyboard: boolean) => void,
): (Node | string)[] {
  const nodes: (Node | string)[] = ['您要找的是不是：'];
  suggestions.forEach(({ text }, i) => {
    if (i > 0) nodes.push('、');
    const link = el('a', { href: searchHref(text) }, text);
    link.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      // detail is 0 for a click made with Enter: the keyboard user's focus then goes back to the box.
      onPick(text, event.detail === 0);
    });
    nodes.push(link);
  });
  return nodes;
}

export function describeResult(q: string, count: number, hasMore: boolean): string {
  if (count === 0) {
    const hint = /\s/.test(q)
      ? '可以减少几个词再试。'
      : q.length > 4
        ? '可以把它拆成几个词，用空格隔开再试。'
        : '请检查用字，或换一个说法。';
    return `没有找到含有“${q}”的内容。${hint}`;
  }
  return hasMore ? `已显示最相关的 ${count} 条，还有更多。` : `找到 ${count} 条相关内容。`;
}

export const UNAVAILABLE =
  '搜索暂时不可用：搜索索引没有加载成功。请检查网络后重试；如果一直如此，请联系网站管理员确认 pagefind 文件夹已随网站一起部署。';
