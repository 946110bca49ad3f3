/**
 * Global setup of the build-level tests: builds the real site twice, at the domain root and
 * under a sub-path, exactly as a host would, the broken-content and bank-rule fixtures once, and
 * a small fixture whose second module has only retired questions (so no quiz page).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, buildSiteOnce } from '../../tooling/build-site';
import { RETIRED_DIST, ROOT, ROOT_DIST, SUB_BASE, SUB_DIST, TEST_DIST } from '../../tooling/dirs';

export const BROKEN_RESULT = join(TEST_DIST, 'broken-content.json');
/** A bank whose questions are valid but miss a bank target (lib/content/bank-checks). */
export const BANK_RULE_RESULT = join(TEST_DIST, 'bank-rule-content.json');
/** The log of the real site's build at the domain root. */
export const ROOT_BUILD_LOG = join(TEST_DIST, 'root-build.log');

export default function setup() {
  rmSync(TEST_DIST, { recursive: true, force: true });
  mkdirSync(TEST_DIST, { recursive: true });
  for (const [outDir, base] of [
    [ROOT_DIST, '/'],
    [SUB_DIST, SUB_BASE],
  ] as const) {
    // buildSiteOnce keeps a fingerprint beside each, so the browser tests that follow reuse them.
    const result = buildSiteOnce({ outDir, base });
    if (!result.ok) throw new Error(`Build for base ${base} failed:\n${result.output}`);
    if (outDir === ROOT_DIST) writeFileSync(ROOT_BUILD_LOG, result.output);
  }
  const broken = buildSite({
    outDir: join(TEST_DIST, 'broken'),
    contentDir: join(ROOT, 'tests/fixtures/broken-content'),
    index: false,
  });
  writeFileSync(BROKEN_RESULT, JSON.stringify(broken));
  const bankRule = buildSite({
    outDir: join(TEST_DIST, 'bank-rule'),
    contentDir: join(ROOT, 'tests/fixtures/bank-rule-content'),
    index: false,
    bankChecks: 'enforce',
  });
  writeFileSync(BANK_RULE_RESULT, JSON.stringify(bankRule));
  const retired = buildSite({
    outDir: RETIRED_DIST,
    contentDir: join(ROOT, 'tests/fixtures/retired-content'),
    cacheDir: join(TEST_DIST, 'retired-cache'),
    // Indexed like a real site: its pages prefetch Pagefind's files, which the links test follows.
  });
  if (!retired.ok) throw new Error(`Build of the retired-questions fixture failed:\n${retired.output}`);
}
