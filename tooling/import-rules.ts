/**
 * The layering rules of docs/architecture.md as a check: given the project's files (path →
 * source text), lists every import that breaks a rule and every import cycle, type-only imports
 * included. Pure, so its own tests feed it small made-up file sets.
 */
import { posix } from 'node:path';

/** Which src/lib files may touch browser globals, and why; everything else in src/lib is pure. */
export const DOM_ALLOWED: Record<string, string> = {
  'src/lib/progress/store.ts': 'browserStore(): the progress record on window.localStorage',
  'src/lib/storage/record-store.ts': 'inBrowser(): the storage and pageshow events that say a record changed elsewhere',
  'src/lib/task/results-store.ts': 'browserResultsStore(): the receipts on window.localStorage',
};

/** Files that read the base path itself rather than make a link with src/lib/url.ts, and why. */
export const BASE_URL_ALLOWED: Record<string, string> = {
  'src/lib/url.ts': 'the one place links are made',
  'src/client/search-data.ts': "Pagefind's baseUrl option takes the base itself",
  'src/pages/trainer/index.astro': 'hands the base to AssignApp, which makes the task link with withBase',
  'src/vite-plugins/one-file-script.mjs': 'fills the base into the code it bundles, as Vite does for its own',
};

/** Islands of one feature importing another feature's island (`from -> target`), and why. */
export const CROSS_FEATURE_ALLOWED: Record<string, string> = {
  'src/components/islands/practice/DailyItem.tsx -> src/components/islands/quiz/Question.tsx':
    '每日一练 shows a question exactly as the quiz does, in the quiz code’s shared chunk',
  'src/components/islands/practice/DailyItem.tsx -> src/components/islands/quiz/answer-sheet.ts':
    'the same focus step after answering as the quiz',
};

export interface Import {
  specifier: string;
  typeOnly: boolean;
}

const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g;
const STATIC = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The modules a file imports: static, re-exports, side-effect only and dynamic `import('…')`. */
export function importsOf(source: string): Import[] {
  const code = source.replace(COMMENT, '');
  const found: Import[] = [];
  for (const m of code.matchAll(STATIC)) {
    // `export const x = …` has no `from`: only module specifiers count.
    if (m[1] === 'export' && !/\sfrom\s+['"]/.test(m[0])) continue;
    found.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  }
  for (const m of code.matchAll(DYNAMIC)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.astro', '/index.ts'];

/** The project path a relative specifier names (query such as `?minified` dropped), or null for a package. */
export function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const path = posix.join(posix.dirname(from), specifier.replace(/\?.*$/, ''));
  return EXTENSIONS.map((ext) => path + ext).find((p) => files.has(p)) ?? path;
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const feature = (path: string) => /^src\/components\/islands\/([^/]+)\//.exec(path)?.[1] ?? null;
const isAstroPackage = (s: string) =>
  s === 'astro' || s.startsWith('astro:') || s.startsWith('astro/') || s.startsWith('@astrojs/');
const isPreact = (s: string) => s === 'preact' || s.startsWith('preact/') || s.startsWith('@preact/');

/** Why `from` may not import `specifier` (resolved to `target`, null for a package), or null if it may. */
function broken(from: string, specifier: string, target: string | null): string | null {
  if (target === null) {
    if (under(from, 'src/lib') && (isAstroPackage(specifier) || isPreact(specifier)))
      return 'src/lib imports no Astro and no Preact';
    if (feature(from) && isAstroPackage(specifier)) return 'islands import no Astro';
    return null;
  }
  if (under(from, 'src') && ['tooling', 'scripts', 'tests'].some((f) => under(target, f)))
    return 'nothing in src imports tooling, scripts or tests';
  if (under(from, 'scripts') && under(target, 'tests')) return 'scripts never import tests';
  if (under(from, 'tooling') && under(target, 'tests')) return 'tooling never imports tests';
  if (under(from, 'src/lib') && under(target, 'src') && !under(target, 'src/lib'))
    return 'src/lib imports only src/lib (no data, pages, components, layouts or client)';
  if (under(from, 'src/data') && ['pages', 'layouts', 'components', 'client'].some((f) => under(target, `src/${f}`)))
    return 'src/data imports no pages, layouts, components or client code';
  const own = feature(from);
  if (own && under(target, 'src') && !under(target, 'src/lib')) {
    const theirs = feature(target);
    if (theirs === null) return 'islands import only src/lib, Preact, their own folder and islands/shared';
    if (own === 'shared' && theirs !== 'shared') return 'islands/shared imports no feature island';
    if (theirs !== own && theirs !== 'shared' && !CROSS_FEATURE_ALLOWED[`${from} -> ${target}`])
      return `the ${own} islands import no ${theirs} island (list it in CROSS_FEATURE_ALLOWED with a reason)`;
  }
  return null;
}

const DOM_GLOBAL =
  /(?<![\w$.])(window|document|localStorage|sessionStorage|navigator|location|history|addEventListener|removeEventListener|matchMedia)\b(?!\s*\??:)/;
const STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

/** The first browser global a source uses outside comments and strings, or null. */
export function domGlobalIn(source: string): string | null {
  return DOM_GLOBAL.exec(source.replace(COMMENT, '').replace(STRING, "''"))?.[1] ?? null;
}

const COLLECTION_READ = /import\s*\{[^}]*\b(getCollection|getEntry|getEntries)\b[^}]*\}\s*from\s*['"]astro:content['"]/;

/** Content is read through src/data: pages, layouts and components only `render` what it gives them. */
function readsCollections(path: string, source: string): string | null {
  if (!under(path, 'src') || under(path, 'src/lib') || under(path, 'src/data') || under(path, 'src/loaders'))
    return null;
  if (path === 'src/content.config.ts') return null;
  return COLLECTION_READ.exec(source.replace(COMMENT, ''))?.[1] ?? null;
}

/** Every cycle in the import graph, each as the files around it, starting from its first file in sort order. */
export function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const first = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        cycles.set(rotated.join(' -> '), rotated);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}

/** Every broken rule in a set of files (path relative to the project → source), one line each. */
export function importProblems(files: ReadonlyMap<string, string>): string[] {
  const paths = new Set(files.keys());
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [from, source] of files) {
    const targets: string[] = [];
    for (const { specifier } of importsOf(source)) {
      const target = resolve(from, specifier, paths);
      const why = broken(from, specifier, target);
      if (why) problems.push(`${from} imports ${specifier}: ${why}`);
      if (target !== null && paths.has(target)) targets.push(target);
    }
    graph.set(from, targets);
    if (
      under(from, 'src') &&
      !BASE_URL_ALLOWED[from] &&
      /import\.meta\.env\.BASE_URL/.test(source.replace(COMMENT, ''))
    )
      problems.push(`${from} reads BASE_URL: internal links go through src/lib/url.ts`);
    const read = readsCollections(from, source);
    if (read) problems.push(`${from} calls ${read}: content is read through src/data`);
    if (under(from, 'src/lib') && !DOM_ALLOWED[from]) {
      const global = domGlobalIn(source);
      if (global) problems.push(`${from} uses the browser global ${global}: only DOM_ALLOWED files may`);
    }
  }
  for (const cycle of cyclesIn(graph)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  return problems;
}
