/**
 * The site built under the sub-path (/training/), shared by the browser test files that need one
 * and by `npm test`'s build-level tests: buildSiteOnce builds it only when the project's files have
 * changed since the last build.
 */
import { buildSiteOnce } from '../../tooling/build-site';
import { SUB_BASE, SUB_DIST } from '../../tooling/dirs';

export function subPathSite(): string {
  const built = buildSiteOnce({ outDir: SUB_DIST, base: SUB_BASE });
  if (!built.ok) throw new Error(`Build under ${SUB_BASE} failed:\n${built.output}`);
  return SUB_DIST;
}
