import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every built HTML page (the Pagefind bundle excluded), as absolute paths. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));
}

/** Lesson pages of a build as paths relative to dist (modules/<m>/<l>/index.html); quiz and checklist pages excluded. */
export function lessonPages(dist: string): string[] {
  return builtPages(dist)
    .map((f) => f.slice(dist.length + 1))
    .filter((f) => /^modules\/[^/]+\/[^/]+\/index\.html$/.test(f) && !/\/(quiz|checklist)\//.test(f));
}

/** Gzip bytes (level 9) of one built page, `page` relative to dist. */
export const htmlGzip = (dist: string, page: string) => gzipSync(readFileSync(join(dist, page)), { level: 9 }).length;

export interface SizedPage {
  page: string;
  gzip: number;
}

/** Lesson pages with their HTML gzip, smallest first. */
export function lessonsBySize(dist: string): SizedPage[] {
  return lessonPages(dist)
    .map((page) => ({ page, gzip: htmlGzip(dist, page) }))
    .sort((a, b) => a.gzip - b.gzip);
}

/** The typical lesson: the one with the median HTML gzip (the lower middle when the count is even). */
export function typicalLesson(dist: string): SizedPage {
  const lessons = lessonsBySize(dist);
  return lessons[Math.floor((lessons.length - 1) / 2)]!;
}

/** The URL path of a built page relative to the base: "modules/a/b/index.html" → "modules/a/b/". */
export const pageUrl = (page: string) => page.replace(/index\.html$/, '');
