import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

export interface BuildOptions {
  outDir: string;
  base?: string;
  contentDir?: string;
  /**
   * Astro's cache (content-layer store included). A build of other content must use its own:
   * otherwise the project's cache keeps entries of that content and the next ordinary build
   * fails once the other folder is gone.
   */
  cacheDir?: string;
  /** Skip the Pagefind step (for builds that are expected to fail). */
  index?: boolean;
}
export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Builds the site exactly as `npm run build` does, into outDir. */
export function buildSite({ outDir, base = '/', contentDir, cacheDir, index = true }: BuildOptions): BuildResult {
  const env: NodeJS.ProcessEnv = { ...cleanEnv(), OUT_DIR: outDir, SITE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
  if (cacheDir) env.ASTRO_CACHE_DIR = cacheDir;
  const astro = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  let output = `${astro.stdout}${astro.stderr}`;
  if (astro.status !== 0 || !index) return { ok: astro.status === 0, output };
  const pagefind = spawnSync('npx', ['pagefind', '--site', outDir], { cwd: ROOT, env, encoding: 'utf8' });
  output += `${pagefind.stdout}${pagefind.stderr}`;
  return { ok: pagefind.status === 0, output };
}

/**
 * Vitest exports Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, NODE_ENV=test …);
 * a child build must not inherit them or it would link everything to the domain root.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)|^(TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/.test(key)) delete env[key];
  }
  return env;
}
