/**
 * `npm run build`: runs `buildSteps` (tooling/build-site.ts), the one list of build steps that the
 * tests' and the benchmark's builds run too. Writes to OUT_DIR (default dist), as astro.config.mjs.
 */
import { spawnSync } from 'node:child_process';
import { buildSteps } from '../tooling/build-site.ts';
import { ROOT } from '../tooling/dirs.ts';

for (const args of buildSteps(process.env.OUT_DIR || 'dist')) {
  const run = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
