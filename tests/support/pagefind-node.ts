import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindLike } from '../../src/lib/search/precise';

/**
 * Loads Pagefind's own browser bundle from a built site into Node, fetching the index over HTTP
 * from the served copy: the same code and files a reader's browser uses.
 */
export async function pagefindIn(distDir: string, siteUrl: string, base: string): Promise<PagefindLike> {
  const api = await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href);
  await api.options({ basePath: `${siteUrl}pagefind/`, baseUrl: base });
  return api as PagefindLike;
}
