/**
 * The real content with the shipped 四川 example as content/local.yaml, as the README tells a county
 * to do. Built once and shared: the build-level tests check its files, the browser tests use its
 * calculator (buildSiteOnce reuses the build while the project's files are unchanged).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteOnce, type BuildResult } from '../../tooling/build-site';
import { ROOT, TEST_DIST } from '../../tooling/dirs';

export function sichuanSite(): { result: BuildResult; outDir: string } {
  const contentDir = join(TEST_DIST, 'local-sichuan-content');
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  cpSync(join(ROOT, 'examples/local.sichuan.yaml'), join(contentDir, 'local.yaml'));
  const outDir = join(TEST_DIST, 'local-sichuan');
  const result = buildSiteOnce({ outDir, contentDir, cacheDir: join(TEST_DIST, 'local-sichuan-cache'), index: false });
  return { result, outDir };
}
