/** What a built sw.js keeps, read back from the file: for the build tests and the bench. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfflinePlan } from '../../src/lib/offline/plan.ts';

/** Written around the plan in sw.js by build-sw.ts. */
export const PLAN_MARK = '/*offline-plan*/';

export interface Precache {
  /** URLs relative to the service worker, as workbox-build listed them. */
  urls: string[];
  /** Their total size on disk (uncompressed, as the browser's cache stores them). */
  bytes: number;
  plan: OfflinePlan;
}

export function readPrecache(dist: string): Precache {
  const [, json] = readFileSync(join(dist, 'sw.js'), 'utf8').split(PLAN_MARK);
  if (!json) throw new Error(`${dist}/sw.js: no offline plan found (was it built by tooling/offline/build-sw.ts?)`);
  const plan = JSON.parse(json) as OfflinePlan;
  return {
    urls: plan.files.map(([url]) => url),
    bytes: plan.files.reduce((sum, [, , size]) => sum + size, 0),
    plan,
  };
}
