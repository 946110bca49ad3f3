/**
 * `node scripts/build-sw.ts [dist]`: the offline step of `npm run build`, after Pagefind.
 * Reads SITE_BASE like astro.config.mjs, so the worker's routes match the built links.
 */
import { resolve } from 'node:path';
import { siteBase } from '../tooling/env-config.mjs';
import { buildServiceWorker, describeReport } from '../tooling/offline/build-sw.ts';

const dist = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
try {
  const report = await buildServiceWorker(dist, siteBase(process.env.SITE_BASE));
  for (const warning of report.warnings) console.warn(`[sw] ${warning}`);
  console.log(`[sw] ${describeReport(report)}`);
} catch (err) {
  console.error(`[sw] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
