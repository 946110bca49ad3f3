/**
 * The offline plan (src/lib/offline/plan.ts) from the precache list of a build: which files form
 * the core stored before the worker takes over, which belong to the task page and to each module
 * (the module's pages and questions and everything they load, found by reading the files), and the
 * order the rest of the site follows. Pure: build-sw.ts reads the files and passes their text in.
 */
import type { OfflinePlan, PlanFile } from '../../src/lib/offline/plan.ts';

/** Pages the worker must have before it answers for the site: the fallback for a page it lacks, and the offline help. */
const SHELL_PAGES = ['404.html', 'offline/index.html', 'sw-register.js', 'manifest.webmanifest'];
const TASK_PAGE = 'task/index.html';
/** Search comes with the rest of the site: its script and wasm alone do not search, the chunks are 0.5 MB. */
const LATER = /^pagefind\//;

const TAG = /<(script|link|img|source|astro-island)\b[^>]*>/gi;
const ATTRIBUTE = /\s(src|href|component-url|renderer-url|before-hydration-url)="([^"]*)"/gi;
/** What a <link> loads for the page itself; not `canonical` or `prefetch`, which name other pages. */
const LINK_LOADS = /\srel="(stylesheet|modulepreload|preload|icon|manifest|apple-touch-icon)"/i;
/** A file name in a script, a style sheet or JSON: imports, Vite's preload lists, manifest icons, url(). */
const FILE_STRING = /["'`(]([^"'`()\s]+\.(?:js|css|json|png|svg|webmanifest|wasm|pagefind))[?#"'`)]/g;

/**
 * The URLs (relative to the base, as in the precache list) that a built file may load: for a page
 * its scripts, styles, islands and icons (not the pages it links to); for a script, style or
 * manifest the files it names. A bare name may be relative to the file or to the base (Vite writes
 * `_astro/x.js` in preload lists): both are returned, the caller keeps those that exist.
 */
export function loadsOf(url: string, text: string, base: string): string[] {
  const refs: string[] = [];
  if (url.endsWith('.html')) {
    for (const [tag, name] of text.matchAll(TAG)) {
      if (name!.toLowerCase() === 'link' && !LINK_LOADS.test(tag)) continue;
      for (const [, , value] of tag.matchAll(ATTRIBUTE)) refs.push(value!.replaceAll('&amp;', '&'));
    }
  } else {
    for (const [, value] of text.matchAll(FILE_STRING)) refs.push(value!);
  }
  const site = new URL(base, 'http://site');
  const here = new URL(url, site);
  const relative = (href: string): string | null => {
    const target = new URL(href);
    if (target.origin !== site.origin || !target.pathname.startsWith(site.pathname)) return null;
    const path = decodeURI(target.pathname.slice(site.pathname.length));
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  };
  return [
    ...new Set(
      refs.flatMap((ref) => {
        if (/^[a-z]+:|^\/\//i.test(ref) || ref.startsWith('#')) return [];
        const bare = !/^\.{0,2}\//.test(ref);
        const candidates = [new URL(ref, here).href, ...(bare ? [new URL(ref, site).href] : [])];
        return candidates.map(relative).filter((path): path is string => path !== null);
      }),
    ),
  ];
}

export interface PlanInput {
  files: PlanFile[];
  /** What a file loads (loadsOf on its text), for the files that are pages, scripts, styles or manifests. */
  loads: (url: string) => string[];
  /** Module ids in the site's order (modules not listed follow in name order). */
  moduleOrder: string[];
  chunkLimit: number;
}

export function offlinePlan({ files, loads: read, moduleOrder, chunkLimit }: PlanInput): OfflinePlan {
  const index = new Map(files.map(([url], i) => [url, i]));
  // Every page's closure passes the same shared scripts and styles: read each file once.
  const known = new Map<string, string[]>();
  const loads = (url: string) => known.get(url) ?? known.set(url, read(url)).get(url)!;
  /** The files and, transitively, what they load, in the order met. */
  const closure = (urls: string[]): number[] => {
    const seen = new Set<number>();
    const visit = (url: string) => {
      const i = index.get(url);
      if (i === undefined || seen.has(i) || LATER.test(url)) return;
      seen.add(i);
      loads(url).forEach(visit);
    };
    urls.forEach(visit);
    return [...seen];
  };
  const pages = files.map(([url]) => url).filter((url) => url.endsWith('.html'));
  // What every page loads (the site's style sheet, its icon) is part of the shell.
  const everywhere = pages
    .map((page) => new Set(closure([page])))
    .reduce((common, next) => new Set([...common].filter((i) => next.has(i))));
  const core = [...new Set([...closure(SHELL_PAGES), ...everywhere])];
  const inCore = new Set(core);
  const without = (indexes: number[]) => indexes.filter((i) => !inCore.has(i));

  const ids = [...new Set(files.flatMap(([url]) => /^modules\/([^/]+)\//.exec(url)?.[1] ?? []))];
  const rank = (id: string) => (moduleOrder.includes(id) ? moduleOrder.indexOf(id) : moduleOrder.length);
  ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const modules = ids.map((id): [string, number[]] => [
    id,
    // The module's own page first, then its lessons and quiz, then its questions and the rest.
    without(closure(pages.filter((url) => url.startsWith(`modules/${id}/`)).concat(`modules/${id}/questions.json`))),
  ]);
  const task = without(closure([TASK_PAGE]));
  const rest = without([
    ...new Set([
      ...closure(['index.html']),
      ...modules.flatMap(([, group]) => group),
      ...closure(pages),
      ...files.map((_, i) => i),
    ]),
  ]);
  return { files, core, task, modules, rest, chunkLimit };
}
