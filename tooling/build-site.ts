import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildOptions {
  outDir: string;
  base?: string;
  contentDir?: string;
  /** Skip the Pagefind step (for builds that are expected to fail). */
  index?: boolean;
}
export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Builds the site exactly as `npm run build` does, into outDir. */
export function buildSite({ outDir, base = '/', contentDir, index = true }: BuildOptions): BuildResult {
  const env: NodeJS.ProcessEnv = { ...cleanEnv(), OUT_DIR: outDir, SITE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
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
