/**
 * Starlight for the bench, on demand. It is not a devDependency (it would slow every `npm ci`):
 * it is installed once into a cached folder outside the repository (`--starlight-dir`, default
 * <tmp>/hj-bench-starlight), with this project's Astro version, and the generated site is written
 * into that folder for each bench: its pages must be built beside its node_modules (with a linked
 * node_modules, as the floor has, Starlight's virtual modules are left unresolved at render time).
 * When Starlight cannot be installed (no registry), the comparison is skipped with the reason.
 * One bench at a time per folder: a second one would overwrite the site's src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../dirs.ts';
import { STARLIGHT_VERSION, starlightPackage, starlightSiteFiles } from './starlight-site.ts';

export type StarlightSetup = { ok: true; dir: string } | { ok: false; reason: string };

const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

const versionIn = (dir: string, name: string): string | undefined => {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

/** What npm's output says went wrong: the failed request if there is one, else its first error lines. */
export function npmError(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  return lines.find((line) => /FetchError|reason:/.test(line)) ?? lines.slice(0, 2).join(' / ');
}

/** Installs Starlight into `dir` unless it is there already, at the versions wanted. */
function install(dir: string): StarlightSetup {
  const astroVersion = versionIn(ROOT, 'astro');
  if (!astroVersion) return { ok: false, reason: `this project's astro is not installed (run npm ci)` };
  if (versionIn(dir, '@astrojs/starlight') === STARLIGHT_VERSION && versionIn(dir, 'astro') === astroVersion)
    return { ok: true, dir };
  console.log(`[bench] installing Starlight ${STARLIGHT_VERSION} with astro ${astroVersion} into ${dir} (once) …`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(starlightPackage(astroVersion), null, 2)}\n`);
  // One retry, not npm's default backoff of minutes: offline, the bench goes on without Starlight.
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error', '--fetch-retries=1'];
  const run = spawnSync('npm', args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (run.error) return { ok: false, reason: `npm install: ${run.error.message}` };
  if (run.status !== 0) return { ok: false, reason: `npm install failed: ${npmError(`${run.stdout}${run.stderr}`)}` };
  if (versionIn(dir, '@astrojs/starlight') !== STARLIGHT_VERSION)
    return { ok: false, reason: `npm install did not leave @astrojs/starlight ${STARLIGHT_VERSION} in ${dir}` };
  return { ok: true, dir };
}

/** Starlight installed in `dir` and the corpus's lessons written into it as its site. */
export function prepareStarlight(dir: string, corpusFiles: ReadonlyMap<string, string>): StarlightSetup {
  const setup = install(dir);
  if (!setup.ok) return setup;
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  for (const [path, text] of starlightSiteFiles(corpusFiles)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return setup;
}
