import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page (the Pagefind bundle excluded), as absolute paths. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));
}
