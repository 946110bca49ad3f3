import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  module?: string;
}
export type Search = (query: string, filters?: Record<string, string>) => Promise<Hit[]>;

/**
 * Runs Pagefind's own browser bundle from a built site in Node, fetching the index over HTTP
 * from the served copy: the same code and files a reader's browser uses.
 */
export async function pagefindIn(distDir: string, siteUrl: string, base: string): Promise<Search> {
  const api = await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href);
  await api.options({ basePath: `${siteUrl}pagefind/`, baseUrl: base });
  return async (query, filters = {}) => {
    const search = await api.search(query, { filters });
    const data = await Promise.all(search.results.map((r: { data(): Promise<unknown> }) => r.data()));
    return (data as { url: string; excerpt: string; meta: Record<string, string> }[]).map((d) => ({
      url: d.url,
      title: d.meta.title ?? '',
      excerpt: d.excerpt,
      module: d.meta.module,
    }));
  };
}
