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
