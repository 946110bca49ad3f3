/**
 * The link from a search result to the passage, and back out of it on the landing page.
 * Promise: the target survives the ways links travel — the section is both the #fragment (the
 * browser scrolls there by itself) and inside the `hl` query parameter, because WeChat may drop
 * the fragment and appends its own parameters. The parameter is versioned: `hl=1|<anchor>|<terms>`.
 * Reading a damaged or unknown `hl` gives null, and the page is shown as it is.
 */
import { foldWidthAndCase, searchable } from './fold';

export const LANDING_PARAM = 'hl';
const VERSION = '1';

export interface Landing {
  /** The id of the section (or glossary entry) to land at; '' for the top of the page. */
  anchor: string;
  /** The terms to mark, as the reader searched them. */
  terms: string[];
}

/** The result link: `page?hl=1|anchor|terms#anchor`, the page URL kept as Pagefind gave it. */
export function landingUrl(pageUrl: string, { anchor, terms }: Landing): string {
  const [path, hash] = pageUrl.split('#', 2) as [string, string | undefined];
  const target = anchor || (hash ? decodeURIComponent(hash) : '');
  const params = new URLSearchParams({ [LANDING_PARAM]: [VERSION, target, terms.join(' ')].join('|') });
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${params}${target ? `#${encodeURIComponent(target)}` : ''}`;
}

/** Decodes `hl` from a location.search (other parameters, e.g. WeChat's, are ignored). */
export function readLanding(search: string): Landing | null {
  const raw = new URLSearchParams(search).get(LANDING_PARAM);
  if (!raw) return null;
  const [version, anchor, ...rest] = raw.split('|');
  if (version !== VERSION || anchor === undefined || rest.length === 0) return null;
  const terms = rest
    .join('|')
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .slice(0, 8);
  return terms.length > 0 ? { anchor, terms } : null;
}

/**
 * Where each term occurs in a text, as [from, to) ranges, sorted, not overlapping (the longer
 * term wins where two start together). Width and case are ignored as search ignores them.
 */
export function findTerms(text: string, terms: string[]): [number, number][] {
  const source = searchable(text);
  const ranges: [number, number][] = [];
  for (const term of terms.map(foldWidthAndCase).filter(Boolean)) {
    for (let at = source.indexOf(term); at !== -1; at = source.indexOf(term, at + term.length))
      ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (!last || range[0] >= last[1]) merged.push(range);
  }
  return merged;
}
