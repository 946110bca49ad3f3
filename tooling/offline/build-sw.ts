/**
 * The last step of `npm run build`: writes dist/sw.js with workbox-build once Pagefind has written
 * its index, so the precache list holds the index that was just built.
 */
import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { precachesChunks, swConfig, type PagefindChunks } from './sw-config.ts';

export interface SwReport {
  /** Files precached and their total bytes (uncompressed, as the browser stores them). */
  count: number;
  bytes: number;
  chunks: PagefindChunks;
  chunksPrecached: boolean;
  warnings: string[];
}

/** Pagefind's hashed chunks in a build, counted and summed. */
export function pagefindChunks(dist: string): PagefindChunks {
  const chunks = { count: 0, bytes: 0 };
  for (const folder of ['index', 'fragment', 'filter']) {
    const dir = join(dist, 'pagefind', folder);
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue; // Pagefind writes no filter/ folder when no page has a filter.
    }
    for (const file of files) {
      chunks.count += 1;
      chunks.bytes += statSync(join(dir, file)).size;
    }
  }
  return chunks;
}

export async function buildServiceWorker(dist: string, base: string): Promise<SwReport> {
  const chunks = pagefindChunks(dist);
  if (chunks.count === 0)
    throw new Error(`${dist}/pagefind/ has no index: run Pagefind before building the service worker`);
  const { count, size, warnings } = await generateSW(swConfig(dist, base, chunks));
  // The pages' 离线状态 (src/client/offline-status.ts) says "约 N MB" from this line.
  appendFileSync(join(dist, 'sw.js'), `\n// hj-precache-bytes:${size}\n`);
  return { count, bytes: size, chunks, chunksPrecached: precachesChunks(chunks), warnings };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** One line for the build log: what a first visit stores. */
export const describeReport = (r: SwReport) =>
  `service worker: ${r.count} files precached, ${mb(r.bytes)}; Pagefind chunks (${r.chunks.count}, ${mb(r.chunks.bytes)}) ` +
  (r.chunksPrecached ? 'precached' : 'cached when searched');
