/**
 * Global setup of the build-level tests: builds the real site twice, at the domain root and
 * under a sub-path, exactly as a host would, the broken-content fixture once, and a small
 * fixture whose second module has only retired questions (so no quiz page).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-site';
import { RETIRED_DIST, ROOT, ROOT_DIST, SUB_BASE, SUB_DIST, TEST_DIST } from './paths';

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
  const retired = buildSite({
    outDir: RETIRED_DIST,
    contentDir: join(ROOT, 'tests/fixtures/retired-content'),
    index: false,
  });
  if (!retired.ok) throw new Error(`Build of the retired-questions fixture failed:\n${retired.output}`);
}
