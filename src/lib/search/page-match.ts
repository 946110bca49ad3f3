/**
 * How one page matches a query, on its own text: every term exactly, a score, the excerpt with
 * each whole term marked, and the section to land at. Pure string work; the caller builds DOM
 * from the segments as text, never as HTML.
 */
import { foldWidthAndCase, searchable } from './fold';

/** A piece of excerpt text; marked pieces are the matched terms. Rendered as text nodes, never HTML. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** An element with an id, as Pagefind lists them in page order (`location` counts its words). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export { foldWidthAndCase } from './fold';

/** Space-separated terms (ASCII or full-width spaces), each kept whole; duplicates dropped. */
export function parseQuery(query: string): string[] {
  return [
    ...new Set(
      foldWidthAndCase(query)
        .split(/[\s\u3000]+/)
        .filter(Boolean),
    ),
  ];
}

/** Page text with runs of white space as one space: the text excerpts and positions refer to. */
const flatten = (content: string) => content.replace(/\s+/g, ' ').trim();
function firstOccurrence(source: string, terms: string[], from = 0): number | undefined {
  const found = terms.map((t) => source.indexOf(t, from)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : undefined;
}

export function countOccurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/**
 * How well a page matches: null unless every term occurs in it. A term in the title counts
 * most; then how often the terms occur, with diminishing returns so long pages do not win by
 * length alone.
 */
export function scorePage(content: string, title: string, terms: string[]): number | null {
  const text = foldWidthAndCase(content);
  const heading = foldWidthAndCase(title);
  let score = 0;
  for (const term of terms) {
    const n = countOccurrences(text, term);
    if (n === 0 && !heading.includes(term)) return null;
    score += Math.log2(1 + n) + (heading.includes(term) ? 4 : 0);
  }
  return score;
}

/**
 * A window of the page's text around the first match, with every occurrence of every term
 * marked whole. Plain text segments: the caller builds DOM nodes, never HTML.
 */
export function makeExcerpt(content: string, terms: string[], radius = 36, at?: number): Segment[] {
  const text = flatten(content);
  const source = searchable(text);
  const center = at ?? firstOccurrence(source, terms) ?? 0;
  const start = Math.max(0, center - radius);
  const end = Math.min(text.length, center + radius * 2);
  const marks: [number, number][] = [];
  for (const term of terms) {
    for (let at = source.indexOf(term, start); at !== -1 && at < end; at = source.indexOf(term, at + term.length)) {
      marks.push([at, Math.min(end, at + term.length)]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  const push = (from: number, to: number, marked: boolean) => {
    if (to <= from) return;
    const last = segments[segments.length - 1];
    const piece = text.slice(from, to);
    if (last && last.marked === marked) last.text += piece;
    else segments.push({ text: piece, marked });
  };
  let cursor = start;
  for (const [from, to] of marks) {
    if (to <= cursor) continue;
    push(cursor, Math.max(cursor, from), false);
    push(Math.max(cursor, from), to, true);
    cursor = to;
  }
  push(cursor, end, false);
  if (start > 0) segments.unshift({ text: '…', marked: false });
  if (end < text.length) segments.push({ text: '…', marked: false });
  return segments;
}
/**
 * The section a hit lands at, and where in the (flattened) text its excerpt centres: the first
 * heading that names a term, else the heading before the term's first occurrence. Headings are
 * found in the text in page order, so a heading repeated lower down is not mistaken for it.
 */
export function sectionOf(
  content: string,
  anchors: PagefindAnchor[],
  terms: string[],
): { anchor: string; at?: number } {
  const source = searchable(flatten(content));
  const headings: { id: string; at: number; names: boolean }[] = [];
  let from = 0;
  for (const a of [...anchors].sort((x, y) => x.location - y.location)) {
    if (!/^h[2-6]$/i.test(a.element) || !a.id) continue;
    const text = foldWidthAndCase(flatten(a.text));
    const at = text ? source.indexOf(text, from) : -1;
    if (at === -1) continue;
    from = at + text.length;
    headings.push({ id: a.id, at, names: terms.some((t) => text.includes(t)) });
  }
  const named = headings.find((h) => h.names);
  if (named) return { anchor: named.id, at: firstOccurrence(source, terms, named.at) };
  const first = firstOccurrence(source, terms);
  if (first === undefined) return { anchor: '' };
  const before = headings.filter((h) => h.at <= first).pop();
  return { anchor: before?.id ?? '', at: first };
}
