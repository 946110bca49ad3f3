import { spawnSync } from 'node:child_process';
import { cleanEnv } from './clean-env.ts';
import { ROOT } from './dirs.ts';

export interface BuildOptions {
  outDir: string;
  base?: string;
  /** The content folder to build (default: the project's content/). */
  contentDir?: string;
  /** Astro's cache folder (default: the project's); a temporary one keeps generated content out of it. */
  cacheDir?: string;
  /** Skip the Pagefind and service-worker steps (for builds that are expected to fail). */
  index?: boolean;
  /**
   * BANK_CHECKS (see src/lib/content/bank-checks/mode.ts): `report` prints the bank tables without
   * failing the build, for generated courses whose banks repeat real questions at random.
   */
  bankChecks?: 'enforce' | 'report';
}
export interface BuildResult {
  ok: boolean;
  output: string;
}

/** The environment `npm run build` reads (see astro.config.mjs), clean of Vitest's variables. */
export function buildEnv({ outDir, base = '/', contentDir, cacheDir, bankChecks }: BuildOptions): NodeJS.ProcessEnv {
  const env = cleanEnv({ OUT_DIR: outDir, SITE_BASE: base, CONTENT_DIR: contentDir, BANK_CHECKS: bankChecks });
  if (cacheDir) env.ASTRO_CACHE_DIR = cacheDir;
  return env;
}

/**
 * The steps of a build, as arguments to npx: the site, its search index, its service worker.
 * The one list: `npm run build` (scripts/build.ts), `buildSite` and the benchmark all run it.
 */
export const buildSteps = (outDir: string): [site: string[], index: string[], offline: string[]] => [
  ['astro', 'build'],
  ['node', 'scripts/index-search.ts', outDir],
  ['node', 'scripts/build-sw.ts', outDir],
];

/** Builds the site exactly as `npm run build` does, into outDir. */
export function buildSite(options: BuildOptions): BuildResult {
  const env = buildEnv(options);
  const steps = buildSteps(options.outDir).slice(0, options.index === false ? 1 : undefined);
  let output = '';
  for (const args of steps) {
    const run = spawnSync('npx', args, { cwd: ROOT, env, encoding: 'utf8' });
    output += `${run.stdout}${run.stderr}`;
    if (run.status !== 0) return { ok: false, output };
  }
  return { ok: true, output };
}
