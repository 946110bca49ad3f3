/**
 * The landing side of a search result: marks the searched terms in the section the link names
 * and brings it into view. Loaded only when the URL carries `hl` (see page-inline.js). When the
 * fragment was dropped on the way (WeChat), the section comes from the parameter instead. Text
 * nodes are split and wrapped; nothing from the URL is ever parsed as HTML.
 */
import { findTerms, readLanding } from '../lib/search/landing';

const HEADING = /^H([1-6])$/;

/** Text nodes of the section a heading opens (up to the next heading of its level or above), or of an element. */
function sectionTextNodes(target: Element, scope: Element): Text[] {
  const level = HEADING.exec(target.tagName)?.[1];
  const range = document.createRange();
  if (level) {
    range.setStartBefore(target);
    range.setEndAfter(scope.lastChild ?? scope);
    const headings = [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const next = headings.find(
      (h) =>
        target.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING &&
        Number(HEADING.exec(h.tagName)![1]) <= Number(level),
    );
    if (next) range.setEndBefore(next);
  } else {
    range.selectNodeContents(target);
  }
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node) && !node.parentElement?.closest('script, style, mark, [data-pagefind-ignore]'))
      nodes.push(node as Text);
  }
  return nodes;
}

function markTerms(nodes: Text[], terms: string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const ranges = findTerms(node.data, terms);
    // From the end, so earlier offsets stay valid as the node is split.
    for (const [from, to] of ranges.reverse()) {
      const word = node.splitText(from);
      word.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      word.replaceWith(mark);
      mark.append(word);
      marks.unshift(mark);
    }
  }
  return marks;
}

const visible = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
};

export function markPassage() {
  const landing = readLanding(location.search);
  if (!landing) return;
  const scope = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!scope) return;
  const target = landing.anchor ? document.getElementById(landing.anchor) : null;
  let marks = target && scope.contains(target) ? markTerms(sectionTextNodes(target, scope), landing.terms) : [];
  // The section changed since the link was made: mark the terms wherever the page has them.
  if (marks.length === 0) marks = markTerms(sectionTextNodes(scope, scope), landing.terms);
  const place = target ?? marks[0];
  if (!place) return;
  const land = () => {
    if (target && decodeURIComponent(location.hash.slice(1)) !== landing.anchor) target.scrollIntoView();
    if (marks[0] && !visible(marks[0])) marks[0].scrollIntoView({ block: 'center' });
  };
  land();
  // On a slow phone, late styles or images can still move the passage: land again once all is
  // in, unless the reader has scrolled on in the meantime.
  const landedAt = scrollY;
  if (document.readyState !== 'complete')
    addEventListener('load', () => scrollY === landedAt && land(), { once: true });
  // Screen readers and keyboard users start reading at the landing place.
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
}
