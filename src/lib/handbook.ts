/**
 * Names the printed handbook gives its parts: anchors for the contents list and CSS page names,
 * both derived from content ids so they are unique and stable, and the glossary terms a module uses.
 */

/** "village-election/voter-registration" → "hb-village-election-voter-registration". */
export const handbookAnchor = (id: string) => `hb-${id.replace(/\//g, '-')}`;

/** A CSS named page per module: a module starts a new sheet and carries its own running title. */
export const handbookPageName = (moduleId: string) => `hbpage-${moduleId}`;

/** Glossary ids a lesson's MDX source cites with <Term id="…">, in order of first use. */
export function termsCited(mdxSources: readonly string[]): string[] {
  const ids = mdxSources.flatMap((body) => [...body.matchAll(/<Term\s+id=["']([a-z0-9-]+)["']/g)].map((m) => m[1]!));
  return [...new Set(ids)];
}

/** A CSS string literal for any text: quotes, backslashes, "<" and line breaks escaped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3c ')
    .replace(/[\n\r]+/g, ' ');
  return `"${escaped}"`;
}

/**
 * A module's running title in the handbook as CSS: the text at the top right of every sheet of
 * its named page, and the class that puts an element on that page. Served as a stylesheet (not
 * inline), so the site's Content-Security-Policy needs no per-page hashes. `!important`: the
 * site's stylesheet, linked after it, gives every page's top right attr(data-print-title), and
 * Chromium lets the later @page rule win over a named page's.
 */
export function runningTitleCss(title: string, page: string): string {
  return `@page ${page}{@top-right{content:${cssString(title)}!important}}.${page}{page:${page}}`;
}

/**
 * Lessons the whole handbook (/print/) holds in one page. Above this it lists the module volumes
 * (/print/<module>/) instead: at 1,000 lessons one page would be 9 MB of HTML, more than a county
 * office PC prints happily, and every lesson would be rendered once more at every build.
 */
export const WHOLE_HANDBOOK_LESSONS = 150;

/** Whether a course of this many lessons is printed as one handbook or in module volumes. */
export const handbookInOnePage = (lessons: number) => lessons <= WHOLE_HANDBOOK_LESSONS;
