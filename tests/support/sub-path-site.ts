/**
 * The site built under the sub-path (/training/), once per run of the browser suite: the first
 * test file that asks builds it, later ones reuse it (files run one after another), so the
 * suite pays for two builds in all, not one more per file that needs a sub-path.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite } from '../../tooling/build-site';
import { SUB_BASE, TEST_DIST } from '../../tooling/dirs';

export function subPathSite(): string {
  const dist = join(TEST_DIST, 'e2e-sub');
  const stamp = join(dist, '.built-for-run');
  const run = inject('runId');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === run) return dist;
  const built = buildSite({ outDir: dist, base: SUB_BASE });
  if (!built.ok) throw new Error(`Build under ${SUB_BASE} failed:\n${built.output}`);
  writeFileSync(stamp, run);
  return dist;
}
