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

/** The CSS page name of one lesson or checklist printed on its own: "village-election/checklist" → "pg-village-election--checklist". */
export const printPageName = (id: string) => `pg-${id.replace(/\//g, '--')}`;

/** A CSS string literal for any text: quotes, backslashes, "<" and line breaks escaped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3c ')
    .replace(/[\n\r]+/g, ' ');
  return `"${escaped}"`;
}

/**
 * Running titles as CSS: for each named page, the text at the top right of every printed sheet,
 * and the class that puts an element on that page. Served as a stylesheet (not inline), so the
 * site's Content-Security-Policy needs no per-page hashes.
 */
export function runningTitlesCss(pages: readonly { page: string; title: string }[]): string {
  return pages
    .map(({ page, title }) => `@page ${page}{@top-right{content:${cssString(title)}}}.${page}{page:${page}}`)
    .join('\n');
}
