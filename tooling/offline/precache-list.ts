/** What a built sw.js precaches, read back from the file: for the build tests and the bench. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Precache {
  /** URLs relative to the service worker, as workbox-build wrote them. */
  urls: string[];
  /** Their total size on disk (uncompressed, as the browser's cache stores them). */
  bytes: number;
}

export function readPrecache(dist: string): Precache {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]!);
  if (urls.length === 0)
    throw new Error(`${dist}/sw.js: no precache list found (has workbox-build changed its output?)`);
  return { urls, bytes: urls.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0) };
}
