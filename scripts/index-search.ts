/**
 * `node scripts/index-search.ts DIST`: the search index of a built site, written by Pagefind's
 * command line over the pages that carry a body to index (data-pagefind-body: lessons and content
 * pages) and no other. Without the glob Pagefind parses every page before it skips those without
 * a body, and the handbook alone was 19 MB of HTML at 1,000 lessons (indexing 14.7 s → 9.7 s
 * without it). Pagefind's Node API, given the pages one by one, was slower still on a busy
 * machine (every page a round trip to its service; `npm run bench`, 2026-12-07).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { builtPages } from '../tooling/dist-files.ts';
import { minifiedPagefindScript } from '../tooling/search/pagefind-script.ts';

/** Lessons, and their module's quiz and checklist pages, which Pagefind skips cheaply. */
const LESSONS = 'modules/*/*/index.html';
const isLesson = (page: string) => /^modules\/[^/]+\/[^/]+\/index\.html$/.test(page);

const dist = process.argv[2] ?? 'dist';
const others = builtPages(dist)
  .map((file) => relative(dist, file))
  .filter((page) => !isLesson(page) && readFileSync(`${dist}/${page}`, 'utf8').includes('data-pagefind-body'))
  .sort();
const glob = `{${[LESSONS, ...others].join(',')}}`;
const run = spawnSync('pagefind', ['--site', dist, '--glob', glob], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const script = `${dist}/pagefind/pagefind.js`;
writeFileSync(script, minifiedPagefindScript(readFileSync(script, 'utf8')));
