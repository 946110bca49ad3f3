/**
 * What a built site was built from: the hash of every file that can change the output, and the
 * build's options. The test suites build the same site more than once in a CI run (`npm test`,
 * then the browser tests); with this they build it once and share it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dirs.ts';

/** Files that cannot change a built site: tests, documents, editor and CI settings. */
const NOT_INPUTS =
  /^(tests|docs|\.ci|\.github|bench-results)\/|^[^/]+\.md$|^\.(prettier|eslint|editorconfig|gitignore)/;

export const isBuildInput = (path: string): boolean => !NOT_INPUTS.test(path);

/** Every file under dir, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/** The project's files as git sees them (tracked and untracked, not ignored); undefined without git. */
function projectFiles(): string[] | undefined {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) return undefined;
  return listed.stdout.split('\0').filter(Boolean);
}

/**
 * The fingerprint of a build: options, the project's input files and the content folder's files
 * (which may sit outside the project). Undefined where it cannot be known for sure (no git).
 */
export function buildFingerprint(options: object, contentDir?: string): string | undefined {
  const files = projectFiles();
  if (!files) return undefined;
  const hash = createHash('sha256').update(JSON.stringify(options));
  const add = (dir: string, paths: string[]) => {
    for (const path of paths.sort()) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, path));
      } catch {
        continue; // Deleted from the work tree but still in git's index.
      }
      hash.update(`${path}\0${bytes.length}\0`).update(bytes);
    }
  };
  add(ROOT, files.filter(isBuildInput));
  // A fixture's content may be outside the project or ignored by git: hash it from the disk.
  if (contentDir) add(contentDir, filesUnder(contentDir));
  return hash.digest('hex');
}
