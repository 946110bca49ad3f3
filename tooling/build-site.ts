import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildFingerprint } from './build-fingerprint.ts';
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
   * BANK_CHECKS (see src/lib/content/bank-checks/mode.ts): by default a build grades no bank;
   * `enforce` fails it on a missed bank target, `report` only prints the tables.
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

/** Where the fingerprint of the site built into outDir is kept: beside it, not in what is served. */
const fingerprintFile = (outDir: string) => `${outDir}.built-from`;

/**
 * Builds as buildSite does, unless outDir already holds a complete build of the same options from
 * the same files (the browser tests reuse the sites `npm test` has just built).
 */
export function buildSiteOnce(options: BuildOptions): BuildResult & { reused: boolean } {
  const { outDir, ...rest } = options;
  const fingerprint = buildFingerprint(rest, options.contentDir);
  const file = fingerprintFile(outDir);
  if (fingerprint && existsSync(file) && readFileSync(file, 'utf8') === fingerprint && existsSync(outDir)) {
    return { ok: true, output: `Reused the build in ${outDir}.\n`, reused: true };
  }
  rmSync(file, { force: true });
  const result = buildSite(options);
  if (result.ok && fingerprint) writeFileSync(file, fingerprint);
  return { ...result, reused: false };
}
