/**
 * Precise Chinese search on top of Pagefind. Pagefind finds candidates quickly but loosely: its
 * query segmentation differs from its index segmentation, so a word that appears nowhere can
 * still match every page through single characters. Here every candidate is checked against the
 * page's own text: a page is a hit only if it contains each query term exactly. Candidates are
 * checked in Pagefind's order, a few at a time, so a common query loads few fragments.
 *
 * Pagefind can also miss pages that do contain the term (its index split the text into other
 * words), so once its own candidates run out, a second search by single characters supplies
 * more, again checked exactly. A cap on fragments keeps a query for an absent word affordable.
 */

/** A piece of excerpt text; marked pieces are the matched terms. Rendered as text nodes, never HTML. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** The slice of Pagefind's JS API we use (pagefind.js in the built site). */
export interface PagefindLike {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string }[];
}

export interface Hit {
  url: string;
  title: string;
  module?: string;
  excerpt: Segment[];
  score: number;
}

export interface PreciseResult {
  hits: Hit[];
  /** How many candidates Pagefind offered, and how many were checked. */
  candidates: number;
  checked: number;
  /** True when every candidate was checked, so "no hits" means the terms appear nowhere. */
  complete: boolean;
}

/** Normalises full-width letters and digits and case, so 'ＡＢ１' finds 'ab1'. */
export const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** Space-separated terms (ASCII or full-width spaces), each kept whole; duplicates dropped. */
export function parseQuery(query: string): string[] {
  return [
    ...new Set(
      normalize(query)
        .split(/[\s\u3000]+/)
        .filter(Boolean),
    ),
  ];
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
  const text = normalize(content);
  const heading = normalize(title);
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
export function makeExcerpt(content: string, terms: string[], radius = 36): Segment[] {
  const text = content.replace(/\s+/g, ' ').trim();
  const lower = normalize(text);
  // NFKC can change length for some characters; fall back to the raw text positions then.
  const source = lower.length === text.length ? lower : text;
  const first = Math.min(...terms.map((t) => source.indexOf(t)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  const center = first === Number.MAX_SAFE_INTEGER ? 0 : first;
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

export interface PreciseOptions {
  filters?: Record<string, string>;
  /** Stop once this many exact hits are found (the first screen). */
  want?: number;
  /** Fragments fetched per round. */
  batch?: number;
  /** At most this many pages are checked in all. */
  maxChecks?: number;
}

/** The best sub-result (heading section) whose title contains a term, so the link lands there. */
function sectionUrl(data: PagefindData, terms: string[]): string {
  const section = data.sub_results?.find((s) => terms.some((t) => normalize(s.title).includes(t)));
  return section?.url ?? data.url;
}

export async function preciseSearch(
  api: PagefindLike,
  query: string,
  options: PreciseOptions = {},
): Promise<PreciseResult> {
  const { filters = {}, want = 12, batch = 6, maxChecks = 30 } = options;
  const terms = parseQuery(query);
  if (terms.length === 0) return { hits: [], candidates: 0, checked: 0, complete: true };
  const hits: Hit[] = [];
  const seen = new Set<string>();
  let checked = 0;
  let candidates = 0;
  let exhausted = true;
  const searches = [terms.join(' '), terms.map((t) => [...t].join(' ')).join(' ')];
  for (const [round, text] of searches.entries()) {
    if (hits.length >= want || checked >= maxChecks) break;
    if (round > 0 && searches[0] === text) break;
    const found = (await api.search(text, { filters }))?.results ?? [];
    const fresh = found.filter((r) => !seen.has(r.id));
    fresh.forEach((r) => seen.add(r.id));
    candidates += fresh.length;
    let at = 0;
    while (at < fresh.length && hits.length < want && checked < maxChecks) {
      const slice = fresh.slice(at, at + Math.min(batch, maxChecks - checked));
      at += slice.length;
      checked += slice.length;
      for (const data of await Promise.all(slice.map((r) => r.data()))) {
        const title = data.meta.title ?? '';
        const score = scorePage(data.content, title, terms);
        if (score === null) continue;
        hits.push({
          url: sectionUrl(data, terms),
          title: title || data.url,
          module: data.meta.module,
          excerpt: makeExcerpt(data.content, terms),
          score,
        });
      }
    }
    if (at < fresh.length) exhausted = false;
  }
  // Within what was checked, the best matches first; the last round may have found a few extra.
  hits.sort((a, b) => b.score - a.score);
  return {
    hits: hits.slice(0, want),
    candidates,
    checked,
    complete: exhausted && checked < maxChecks && hits.length <= want,
  };
}
