/**
 * The last step of `npm run build`: writes dist/sw.js once Pagefind has written its index, so the
 * precache list holds the index that was just built. workbox-build lists the files with their
 * revisions; fill-plan.ts orders them; esbuild bundles the worker (src/client/sw.js) with the plan.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import type { OfflinePlan, PlanFile } from '../../src/lib/offline/plan.ts';
import { ROOT } from '../dirs.ts';
import { loadsOf, offlinePlan } from './fill-plan.ts';
import { PLAN_MARK } from './precache-list.ts';
import { chunkLimit, manifestConfig, precachesChunks, type PagefindChunks } from './sw-config.ts';

export interface SwReport {
  /** Files precached and their total bytes (uncompressed, as the browser stores them). */
  count: number;
  bytes: number;
  /** The part stored before the worker takes over. */
  core: { count: number; bytes: number };
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

const READ = /\.(html|js|css|json|webmanifest)$/;

/** Module ids in the order the home page lists them. */
function moduleOrder(dist: string, base: string): string[] {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const links = home.matchAll(new RegExp(`href="${base}modules/([^/"]+)/"`, 'g'));
  return [...new Set([...links].map((m) => m[1]!))];
}

/** The worker's code with the plan in it, between the marks precache-list.ts reads back. */
async function bundleWorker(plan: OfflinePlan): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/client/sw.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  if (code.split('__OFFLINE_PLAN__').length !== 2)
    throw new Error('src/client/sw.js: __OFFLINE_PLAN__ must appear once');
  // A function, so `$&` or `$'` in a file name is not read as a replacement pattern.
  return code.replace('__OFFLINE_PLAN__', () => `${PLAN_MARK}${JSON.stringify(plan)}${PLAN_MARK}`);
}

export async function buildServiceWorker(dist: string, base: string): Promise<SwReport> {
  const chunks = pagefindChunks(dist);
  if (chunks.count === 0)
    throw new Error(`${dist}/pagefind/ has no index: run Pagefind before building the service worker`);
  const { manifestEntries, count, size, warnings } = await getManifest(manifestConfig(dist, chunks));
  const files: PlanFile[] = manifestEntries.map(({ url, revision }) => [
    url,
    revision ?? null,
    statSync(join(dist, url)).size,
  ]);
  const plan = offlinePlan({
    files,
    loads: (url) => (READ.test(url) ? loadsOf(url, readFileSync(join(dist, url), 'utf8'), base) : []),
    moduleOrder: moduleOrder(dist, base),
    chunkLimit: chunkLimit(chunks),
  });
  writeFileSync(join(dist, 'sw.js'), await bundleWorker(plan));
  const core = { count: plan.core.length, bytes: plan.core.reduce((sum, i) => sum + files[i]![2], 0) };
  return { count, bytes: size, core, chunks, chunksPrecached: precachesChunks(chunks), warnings };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** One line for the build log: what a first visit stores. */
export const describeReport = (r: SwReport) =>
  `service worker: ${r.count} files precached, ${mb(r.bytes)} (before it takes over: ${r.core.count} files, ${mb(r.core.bytes)}); ` +
  `Pagefind chunks (${r.chunks.count}, ${mb(r.chunks.bytes)}) ` +
  (r.chunksPrecached ? 'precached' : 'cached when searched');
