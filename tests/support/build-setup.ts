/**
 * Global setup of the build-level tests: builds the real site twice, at the domain root and
 * under a sub-path, exactly as a host would, and the broken-content fixture once.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../tooling/build-site';
import { ROOT, ROOT_DIST, SUB_BASE, SUB_DIST, TEST_DIST } from '../../tooling/paths';

export const BROKEN_RESULT = join(TEST_DIST, 'broken-content.json');

export default function setup() {
  rmSync(TEST_DIST, { recursive: true, force: true });
  mkdirSync(TEST_DIST, { recursive: true });
  for (const [outDir, base] of [
    [ROOT_DIST, '/'],
    [SUB_DIST, SUB_BASE],
  ] as const) {
    const result = buildSite({ outDir, base });
    if (!result.ok) throw new Error(`Build for base ${base} failed:\n${result.output}`);
  }
  const broken = buildSite({
    outDir: join(TEST_DIST, 'broken'),
    contentDir: join(ROOT, 'tests/fixtures/broken-content'),
    index: false,
  });
  writeFileSync(BROKEN_RESULT, JSON.stringify(broken));
}
