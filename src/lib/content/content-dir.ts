import { isAbsolute, relative, resolve } from 'node:path';

/** Where the content lives: CONTENT_DIR (for generated benchmark corpora) or ./content. */
export function contentDir(env: string | undefined = process.env.CONTENT_DIR, cwd = process.cwd()): string {
  const dir = env && env.trim() !== '' ? env.trim() : 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** A content file's path as an author reads it in an error message: relative to where the build runs. */
export function displayPath(path: string | undefined, cwd = process.cwd()): string {
  return path ? relative(cwd, path) || path : '(unknown file)';
}
