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
 *
 * Each round fetches only as many fragments as results are still missing from the screen, and
 * each hit is handed to `onHit` as soon as it is checked, so the first result shows early. A hit
 * names the section to land at: the heading that names a term, else the one before its first
 * occurrence.
 */
import { makeExcerpt, parseQuery, scorePage, sectionOf, type PagefindAnchor, type Segment } from './page-match';

export { countOccurrences, makeExcerpt, foldWidthAndCase, parseQuery, scorePage, sectionOf } from './page-match';
export type { PagefindAnchor, Segment } from './page-match';

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
  /** A page's filter values: its module (the lesson and checklist pages' one filter, shown with the result). */
  filters?: Record<string, string[] | undefined>;
  /** Elements with an id, in page order; `location` counts Pagefind's words, not characters. */
  anchors?: PagefindAnchor[];
}

export interface Hit {
  /** The page, as Pagefind gives it (under the base path). */
  url: string;
  /** The id of the section to land at, '' for the top of the page. */
  anchor: string;
  title: string;
  /** Shown above the title: the module, or 术语表 for a glossary entry. */
  module?: string;
  excerpt: Segment[];
  score: number;
  /** A glossary entry rather than a page. */
  glossary?: boolean;
}

export interface PreciseResult {
  hits: Hit[];
  /** How many candidates Pagefind offered, and how many were checked. */
  candidates: number;
  checked: number;
  /** True when every candidate was checked, so "no hits" means the terms appear nowhere. */
  complete: boolean;
}

export interface PreciseOptions {
  filters?: Record<string, string>;
  /** Stop once this many exact hits are found (the first screen). */
  want?: number;
  /** At most this many fragments are fetched at once (never more than results still missing). */
  batch?: number;
  /**
   * The first fetch asks for only this many (default `batch`): on a slow line fragments fetched
   * together share it, so the first result arrives sooner when its fragment travels nearly alone.
   */
  lead?: number;
  /** At most this many pages are checked in all. */
  maxChecks?: number;
  /** Called with each hit as soon as it is checked, before the search ends. */
  onHit?: (hit: Hit) => void;
}

/**
 * Results per screen of the search dialog and page. Each result costs one Pagefind fragment
 * (about 3 KB) to check exactly, so the first query fetches few; "显示更多" checks further
 * candidates on request.
 */
export const RESULTS_PER_STEP = 6;
/** Fragments of a search's first fetch (see `lead`): the first result, and one in reserve should it miss. */
const LEAD = 2;

/** What the dialog asks of a search showing `shown` results: the one definition tests also use. */
export function screenOptions(
  shown = RESULTS_PER_STEP,
): Required<Pick<PreciseOptions, 'want' | 'batch' | 'lead' | 'maxChecks'>> {
  return { want: shown, batch: shown, lead: LEAD, maxChecks: shown * 3 };
}

/** A page as a hit if it contains every term, landing at the section that matches. */
export function checkPage(data: PagefindData, terms: string[]): Hit | null {
  const title = data.meta.title ?? '';
  const score = scorePage(data.content, title, terms);
  if (score === null) return null;
  const { anchor, at } = sectionOf(data.content, data.anchors ?? [], terms);
  return {
    url: data.url.split('#')[0]!,
    anchor,
    title: title || data.url,
    module: data.filters?.module?.[0],
    excerpt: makeExcerpt(data.content, terms, 36, at),
    score,
  };
}

export async function preciseSearch(
  api: PagefindLike,
  query: string,
  options: PreciseOptions = {},
): Promise<PreciseResult> {
  const { filters = {}, want = 12, batch = 6, maxChecks = 30, onHit } = options;
  let size = options.lead ?? batch;
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
      const slice = fresh.slice(at, at + Math.min(size, want - hits.length, maxChecks - checked));
      size = batch;
      at += slice.length;
      checked += slice.length;
      await Promise.all(
        slice.map(async (r) => {
          const hit = checkPage(await r.data(), terms);
          if (!hit) return;
          hits.push(hit);
          onHit?.(hit);
        }),
      );
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
