import { isAbsolute, resolve } from 'node:path';

/** Where the content lives: CONTENT_DIR (for generated benchmark corpora) or ./content. */
export function contentDir(env: string | undefined = process.env.CONTENT_DIR, cwd = process.cwd()): string {
  const dir = env && env.trim() !== '' ? env.trim() : 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}
