/**
 * `npm run bench [-- N] [--runs K] [--no-floor] [--seed TEXT] [--query 词] [--keep]`
 *
 * Builds, each with `astro build --force` (a cold content cache) and then Pagefind, into a
 * temporary folder:
 *   - the real site;
 *   - a generated site of N lessons (default 1,000; see scripts/generate-corpus.ts);
 *   - the floor: a bare Astro MDX site with one plain layout over the same N lessons
 *     (tooling/bench/floor-site.ts), so our overhead is measured on this machine, at this moment.
 * and reports: build wall time, CPU time and peak memory (astro and Pagefind separately and
 * together), number of pages, HTML gzip of a typical lesson at both sizes, first-load bytes of
 * home, a lesson and a quiz page, the Pagefind bundle size, and the bytes and time of a first
 * Chinese query in Chromium. With --runs K the generated site and the floor are built K times,
 * alternately, and the fastest run of each is reported (all runs are in the JSON).
 * Prints tables and writes bench-results/bench-<time>.json and bench-results/latest.json.
 *
 * Run it on a quiet machine: builds or tests running at the same time inflate the times.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../tooling/dist-files.ts';
import { pageWeight } from '../tooling/page-weight.ts';
import { median } from '../tooling/bench/corpus.ts';
import { firstQuery, type FirstQuery } from '../tooling/bench/first-query.ts';
import { writeFloorSite } from '../tooling/bench/floor-site.ts';
import { writeCorpus } from '../tooling/bench/write-corpus.ts';
import { ROOT } from '../tooling/paths.ts';
import { cleanEnv } from '../tooling/clean-env.ts';
import { measure, type Measured } from '../tooling/bench/measure.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    'no-floor': { type: 'boolean', default: false },
    seed: { type: 'string', default: 'huanjie-bench' },
    query: { type: 'string', default: '选民登记' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(positionals[0] ?? 1000);
const RUNS = Number(values.runs);
if (!Number.isInteger(N) || N < 1)
  throw new Error(`N: expected a positive whole number of lessons, got "${positionals[0]}"`);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs: expected a positive whole number, got "${values.runs}"`);

/** Targets from the issue, for N = 1,000 (the floor there: 12 s + 8 s, 1.15 GB). */
const TARGET = {
  buildSeconds: 23,
  peakMB: 1200,
  overFloor: 1.15,
  lessonGrowth: 1.2,
  firstQueryGzip: 100 * 1024,
};

const KB = (b: number) => Math.round((b / 1024) * 10) / 10;
const S = (ms: number) => Math.round(ms / 100) / 10;
const MB = (b: number) => Math.round(b / 1e6);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Step {
  wallS: number;
  cpuS?: number;
  /** Peak of the summed resident memory of the step's process tree. */
  peakMB: number;
  /** Peak of its largest single process. */
  peakProcessMB: number;
}
interface Run {
  astro: Step;
  pagefind: Step;
  total: { wallS: number; cpuS?: number; peakMB: number; peakProcessMB: number };
  loadAverageBefore: number;
}
interface Site {
  label: string;
  pages: number;
  /** The fastest run (by total wall time). */
  best: Run;
  runs: Run[];
}

const step = (m: Measured): Step => ({
  wallS: S(m.wallMs),
  cpuS: m.cpuMs === undefined ? undefined : S(m.cpuMs),
  peakMB: MB(m.peakTreeBytes),
  peakProcessMB: MB(m.peakProcessBytes),
});

/** One cold build and index of a site; `cwd` is the Astro project (ours, or the floor). */
async function buildOnce(label: string, cwd: string, dist: string, contentDir?: string): Promise<Run> {
  rmSync(dist, { recursive: true, force: true });
  // Astro's cache in the temporary folder (read by astro.config.mjs; the floor has its own):
  // the project's cache must not keep entries of a corpus that is deleted afterwards.
  const env = cleanEnv({
    OUT_DIR: dist,
    SITE_BASE: '/',
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: join(work, 'astro-cache'),
  });
  const loadAverageBefore = round(loadavg()[0]!);
  if (loadAverageBefore > 1)
    console.warn(
      `[bench] note: load average ${loadAverageBefore} before building ${label}: other work on this machine inflates the times`,
    );
  console.log(`[bench] building ${label} …`);
  const astro = await measure('npx', ['astro', 'build', '--force'], { cwd, env });
  if (!astro.ok) throw new Error(`astro build (${label}) failed:\n${astro.output}`);
  const pagefind = await measure('npx', ['pagefind', '--site', dist], { cwd, env });
  if (!pagefind.ok) throw new Error(`pagefind (${label}) failed:\n${pagefind.output}`);
  const a = step(astro);
  const p = step(pagefind);
  return {
    astro: a,
    pagefind: p,
    total: {
      wallS: S(astro.wallMs + pagefind.wallMs),
      cpuS: a.cpuS !== undefined && p.cpuS !== undefined ? round(a.cpuS + p.cpuS, 1) : undefined,
      // The two steps run one after the other: together they peak at the larger of the two.
      peakMB: Math.max(a.peakMB, p.peakMB),
      peakProcessMB: Math.max(a.peakProcessMB, p.peakProcessMB),
    },
    loadAverageBefore,
  };
}

const site = (label: string, dist: string, runs: Run[]): Site => ({
  label,
  pages: builtPages(dist).length,
  best: runs.reduce((a, b) => (b.total.wallS < a.total.wallS ? b : a)),
  runs,
});

/** Lesson pages of a build, relative paths; quiz and checklist pages excluded. */
const lessonPages = (dist: string) =>
  builtPages(dist)
    .map((f) => f.slice(dist.length + 1))
    .filter((f) => /^modules\/[^/]+\/[^/]+\/index\.html$/.test(f) && !/\/(quiz|checklist)\//.test(f));

const htmlGzip = (dist: string, page: string) => gzipSync(readFileSync(join(dist, page)), { level: 9 }).length;

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}
function weights(dist: string, pages: Record<string, string>): Record<string, Weight> {
  return Object.fromEntries(
    Object.entries(pages).map(([name, page]) => {
      const w = pageWeight(dist, '/', page);
      return [name, { page, html: w.html, css: w.css, js: w.js, total: w.html + w.css + w.js }];
    }),
  );
}

interface PagefindSize {
  totalBytes: number;
  /** The index proper: .pf_index, .pf_fragment, .pf_meta and .pf_filter files. */
  indexBytes: number;
  files: number;
}
function pagefindSize(dist: string): PagefindSize {
  const dir = join(dist, 'pagefind');
  const size: PagefindSize = { totalBytes: 0, indexBytes: 0, files: 0 };
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f));
    if (!st.isFile()) continue;
    size.files++;
    size.totalBytes += st.size;
    if (/\.pf_(index|fragment|meta|filter)$/.test(f)) size.indexBytes += st.size;
  }
  return size;
}

interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

const work = mkdtempSync(join(tmpdir(), 'hj-bench-'));
const started = new Date();
try {
  const realDist = join(work, 'real');
  const real = site('real site', realDist, [await buildOnce('the real site', ROOT, realDist)]);

  // The typical lesson: the median HTML gzip among the real lessons.
  const realLessons = lessonPages(realDist)
    .map((page) => ({ page, gzip: htmlGzip(realDist, page) }))
    .sort((a, b) => a.gzip - b.gzip);
  const typical = realLessons[Math.floor((realLessons.length - 1) / 2)]!;
  const [, typicalModule, typicalLesson] = typical.page.split('/');

  const contentDir = join(work, 'content');
  const corpus = writeCorpus(contentDir, { lessons: N, seed: values.seed, probe: `${typicalModule}/${typicalLesson}` });
  const questionCount = corpus.modules.reduce((n, m) => n + m.questions, 0);
  console.log(`[bench] generated ${N} lessons in ${corpus.modules.length} modules, ${questionCount} questions`);

  const genDist = join(work, 'gen');
  const floorDir = values['no-floor'] ? undefined : writeFloorSite(join(work, 'floor'));
  // Inside the floor project, so its server chunks resolve packages through its node_modules link.
  const floorDist = floorDir && join(floorDir, 'dist');
  const genRuns: Run[] = [];
  const floorRuns: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const of = RUNS > 1 ? ` (run ${i} of ${RUNS})` : '';
    genRuns.push(await buildOnce(`the generated site, N = ${N}${of}`, ROOT, genDist, contentDir));
    if (floorDir && floorDist)
      floorRuns.push(await buildOnce(`the floor, N = ${N}${of}`, floorDir, floorDist, contentDir));
  }
  const gen = site(`N = ${N}`, genDist, genRuns);
  const floor = floorDist ? site(`floor, N = ${N}`, floorDist, floorRuns) : undefined;

  const [probeModule, probeLesson] = corpus.probe!.split('/');
  const probePage = `modules/${probeModule}/${probeLesson}/index.html`;
  const genLessons = lessonPages(genDist).map((page) => htmlGzip(genDist, page));
  const typicalRatio = round(htmlGzip(genDist, probePage) / typical.gzip, 3);
  const lessonHtml = {
    note: 'typical: the real lesson with the median HTML gzip, and the same lesson text copied into the generated site',
    typical: {
      real: { page: typical.page, gzip: typical.gzip },
      generated: { page: probePage, gzip: htmlGzip(genDist, probePage) },
      ratio: typicalRatio,
    },
    median: { real: median(realLessons.map((l) => l.gzip)), generated: median(genLessons) },
  };

  const firstLoad = {
    real: weights(realDist, {
      home: 'index.html',
      lesson: typical.page,
      quiz: `modules/${typicalModule}/quiz/index.html`,
    }),
    generated: weights(genDist, {
      home: 'index.html',
      lesson: probePage,
      quiz: `modules/${probeModule}/quiz/index.html`,
    }),
  };

  console.log(`[bench] first query “${values.query}” in Chromium …`);
  const lessonUrl = (page: string) => page.replace(/index\.html$/, '');
  const query = {
    real: await firstQuery(realDist, lessonUrl(typical.page), values.query),
    generated: await firstQuery(genDist, lessonUrl(probePage), values.query),
  };

  const targets: Target[] = [];
  if (N === 1000) {
    targets.push(
      {
        name: 'build + index, N = 1,000',
        goal: `< ${TARGET.buildSeconds} s`,
        measured: `${gen.best.total.wallS} s`,
        met: gen.best.total.wallS < TARGET.buildSeconds,
      },
      {
        name: 'peak memory, N = 1,000',
        goal: `< ${TARGET.peakMB / 1000} GB`,
        measured: `${gen.best.total.peakMB} MB`,
        met: gen.best.total.peakMB < TARGET.peakMB,
      },
    );
  }
  if (floor) {
    const ratio = round(gen.best.total.wallS / floor.best.total.wallS);
    targets.push({
      name: `build + index vs the floor measured here, N = ${N}`,
      goal: `≤ ×${TARGET.overFloor}`,
      measured: `×${ratio} (${gen.best.total.wallS} s vs ${floor.best.total.wallS} s)`,
      met: ratio <= TARGET.overFloor,
    });
  }
  targets.push(
    {
      name: `typical lesson HTML, N = ${N} vs real`,
      goal: `≤ ×${TARGET.lessonGrowth}`,
      measured: `×${typicalRatio}`,
      met: typicalRatio <= TARGET.lessonGrowth,
    },
    {
      name: 'first query, real site',
      goal: `< ${TARGET.firstQueryGzip / 1024} KB gzip`,
      measured: `${KB(query.real.gzip)} KB`,
      met: query.real.gzip < TARGET.firstQueryGzip,
    },
  );

  const report = {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      memoryGB: round(totalmem() / 1e9, 1),
      freeMemoryGB: round(freemem() / 1e9, 1),
      node: process.version,
    },
    lessons: N,
    seed: values.seed,
    runs: RUNS,
    modules: corpus.modules.length,
    questions: questionCount,
    builds: { real, generated: gen, floor },
    lessonHtml,
    firstLoad,
    pagefind: { real: pagefindSize(realDist), generated: pagefindSize(genDist) },
    firstQuery: query,
    targets,
  };
  print(report);

  const outDir = join(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = join(outDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(outDir, 'latest.json'), json);
  console.log(`\n[bench] wrote ${file.slice(ROOT.length)} and bench-results/latest.json`);
  if (values.keep) console.log(`[bench] kept the builds and the corpus in ${work}`);
} finally {
  if (!values.keep && existsSync(work)) rmSync(work, { recursive: true, force: true });
}

function print(r: {
  lessons: number;
  builds: { real: Site; generated: Site; floor?: Site };
  lessonHtml: {
    typical: { real: { page: string; gzip: number }; generated: { gzip: number }; ratio: number };
    median: { real: number; generated: number };
  };
  firstLoad: Record<'real' | 'generated', Record<string, Weight>>;
  pagefind: Record<'real' | 'generated', PagefindSize>;
  firstQuery: Record<'real' | 'generated', FirstQuery>;
  targets: Target[];
}) {
  const row = (cells: (string | number | undefined)[]) =>
    `| ${cells.map((c) => (c === undefined ? '–' : String(c))).join(' | ')} |`;
  const table = (head: string[], rows: (string | number | undefined)[][]) =>
    [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
  const n = `N = ${r.lessons}`;
  const fmt = (s: Step) => `${s.wallS} s / ${s.cpuS ?? '–'} s / ${s.peakMB} MB (${s.peakProcessMB})`;

  console.log('\n## Build: wall / CPU / peak memory of the process tree (of its largest process)\n');
  const sites = [r.builds.real, r.builds.generated, ...(r.builds.floor ? [r.builds.floor] : [])];
  console.log(
    table(
      ['site', 'pages', 'astro build', 'pagefind', 'together'],
      sites.map((s) => [
        s.label,
        s.pages,
        fmt(s.best.astro),
        fmt(s.best.pagefind),
        `${s.best.total.wallS} s / ${s.best.total.cpuS ?? '–'} s / ${s.best.total.peakMB} MB (${s.best.total.peakProcessMB})`,
      ]),
    ),
  );
  if (r.builds.generated.runs.length > 1) {
    console.log(
      `\nall runs, together (wall s): ${sites.map((s) => `${s.label}: ${s.runs.map((x) => x.total.wallS).join(', ')}`).join('; ')}`,
    );
  }

  console.log('\n## Lesson HTML, gzip\n');
  const { typical, median: med } = r.lessonHtml;
  console.log(
    table(
      ['lesson', 'real site', n, 'ratio'],
      [
        [
          `typical: ${typical.real.page.replace(/index\.html$/, '')}`,
          `${KB(typical.real.gzip)} KB`,
          `${KB(typical.generated.gzip)} KB`,
          `×${typical.ratio}`,
        ],
        [
          'median of all lessons',
          `${KB(med.real)} KB`,
          `${KB(med.generated)} KB`,
          `×${round(med.generated / med.real, 3)}`,
        ],
      ],
    ),
  );

  console.log('\n## First load, gzip KB: HTML + CSS + JS = total\n');
  const load = (w: Weight) => `${KB(w.html)} + ${KB(w.css)} + ${KB(w.js)} = ${KB(w.total)}`;
  console.log(
    table(
      ['page', 'real site', n],
      ['home', 'lesson', 'quiz'].map((p) => [p, load(r.firstLoad.real[p]!), load(r.firstLoad.generated[p]!)]),
    ),
  );

  console.log('\n## Pagefind, and a first query in Chromium\n');
  const q = r.firstQuery.real;
  console.log(
    table(
      [
        'site',
        'pagefind folder',
        'of which index',
        `first “${q.query}”: requests`,
        'bytes sent (gzip)',
        'Ctrl+K → results (open + query)',
      ],
      (['real', 'generated'] as const).map((s) => {
        const p = r.pagefind[s];
        const f = r.firstQuery[s];
        return [
          s === 'real' ? 'real site' : n,
          `${KB(p.totalBytes)} KB, ${p.files} files`,
          `${KB(p.indexBytes)} KB`,
          f.fetched.length,
          `${KB(f.bytes)} KB (${KB(f.gzip)} KB)`,
          `${Math.round(f.totalMs)} ms (${Math.round(f.openMs)} + ${Math.round(f.resultsMs)})`,
        ];
      }),
    ),
  );
  console.log(
    `\nfetched by the first query on the real site (gzip KB): ${q.fetched.map((f) => `${f.url.replace(/\?.*$/, '')} ${KB(f.gzip)}`).join(', ')}`,
  );

  console.log('\n## Targets\n');
  console.log(
    table(
      ['target', 'goal', 'measured', ''],
      r.targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'met' : 'MISSED']),
    ),
  );
}
