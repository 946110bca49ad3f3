/**
 * Glossary entries as search results. Promise: an entry is a result only when its term contains
 * every query word exactly, so a glossary hit is as precise as a page hit; the entry whose term is
 * the query (quotes and brackets aside) comes first, before any page, while entries that merely
 * contain the query come after the top pages (选举 is taught by lessons, not by 差额选举's
 * definition). Entries come from
 * search/glossary.json, a few kilobytes fetched with Pagefind when the reader shows intent.
 */
import { makeExcerpt, foldWidthAndCase } from './page-match';
import type { Hit } from './precise';

/** search/glossary.json, version 1. */
export interface GlossaryDataV1 {
  version: 1;
  /** The glossary page, under the base path. */
  page: string;
  entries: { id: string; term: string; definition: string }[];
}

/** The entry's term without quotes or a bracketed note: “两委” → 两委, 主体责任（换届） → 主体责任. */
export const bareTerm = (term: string) =>
  foldWidthAndCase(term)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[“”"‘’'「」《》]/g, '')
    .trim();

/** Decodes the shipped file; null for anything that is not a version this code knows. */
export function decodeGlossary(data: unknown): GlossaryDataV1 | null {
  const d = data as Partial<GlossaryDataV1> | null;
  if (!d || d.version !== 1 || typeof d.page !== 'string' || !Array.isArray(d.entries)) return null;
  const valid = d.entries.every(
    (e) => e && typeof e.id === 'string' && typeof e.term === 'string' && typeof e.definition === 'string',
  );
  return valid ? (d as GlossaryDataV1) : null;
}

/** At most this many entries that merely contain the query. */
const CONTAINING = 2;
/** Entries that merely contain the query follow this many pages: the top three, where the lesson that teaches it belongs. */
const PAGES_BEFORE_CONTAINING = 3;
/** The score of the entry whose term is the query. */
const EXACT_TERM = Number.MAX_SAFE_INTEGER;
/** Whether a glossary hit is the entry for the query's own term. */
export const isOwnTerm = (hit: Hit) => hit.score === EXACT_TERM;

/** Entries whose term contains every word: the exact term first, then the closest (shortest) terms. */
export function glossaryHits(glossary: GlossaryDataV1, words: string[]): Hit[] {
  if (words.length === 0) return [];
  const query = words.join(' ');
  const matching = glossary.entries
    .map((entry) => ({ entry, bare: bareTerm(entry.term) }))
    .filter(({ entry, bare }) => words.every((w) => bare.includes(w) || foldWidthAndCase(entry.term).includes(w)));
  const exact = matching.filter((m) => m.bare === query);
  const containing = matching
    .filter((m) => m.bare !== query)
    .sort((a, b) => a.bare.length - b.bare.length)
    .slice(0, CONTAINING);
  return [...exact, ...containing].map(({ entry, bare }) => ({
    url: glossary.page,
    anchor: entry.id,
    title: entry.term,
    module: '术语表',
    excerpt: makeExcerpt(entry.definition, words, 60),
    score: bare === query ? EXACT_TERM : 0,
    glossary: true,
  }));
}

/**
 * One list from glossary and page hits, both in their own order: the entry for the query's own
 * term first, then the top pages, then entries that merely contain the query, then the rest.
 */
export function orderResults(glossaryHits: Hit[], pages: Hit[]): Hit[] {
  const exact = glossaryHits.filter(isOwnTerm);
  const containing = glossaryHits.filter((h) => !isOwnTerm(h));
  return [...exact, ...pages.slice(0, PAGES_BEFORE_CONTAINING), ...containing, ...pages.slice(PAGES_BEFORE_CONTAINING)];
}
