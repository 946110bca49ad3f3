/**
 * `npm run bench [-- N] [--runs K] [--no-floor] [--no-starlight] [--starlight-dir DIR] [--seed TEXT] [--query 词] [--keep]`
 *
 * Builds, each with `astro build --force` (a cold content cache) and then Pagefind, into a
 * temporary folder:
 *   - the real site;
 *   - a generated site of N lessons (default 1,000; see tooling/bench/corpus.ts);
 *   - the floor: a bare Astro MDX site with one plain layout over the same N lessons
 *     (tooling/bench/floor-site.ts), so our overhead is measured on this machine, at this moment;
 *   - the same N lessons in Starlight (tooling/bench/starlight-site.ts), installed on demand into
 *     a cached folder outside the repository; skipped, with the reason, when it cannot be.
 * then runs each measurement in MEASUREMENTS over them (tooling/bench/measurements/) and checks
 * their targets. With --runs K the generated site, the floor and Starlight are built K times,
 * interleaved, and the fastest run of each is reported (all runs are in the JSON).
 * Prints tables and writes bench-results/bench-<time>.json and bench-results/latest.json.
 *
 * Run it on a quiet machine: builds or tests running at the same time inflate the times.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildOnce, site, type Run } from '../tooling/bench/builds.ts';
import { writeFloorSite } from '../tooling/bench/floor-site.ts';
import { section } from '../tooling/bench/markdown.ts';
import type { BenchContext, Measurement } from '../tooling/bench/measurement-types.ts';
import { buildTimes } from '../tooling/bench/measurements/build-times.ts';
import { buildPhases } from '../tooling/bench/measurements/build-phases.ts';
import { firstLoad } from '../tooling/bench/measurements/first-load.ts';
import { lessonHtml } from '../tooling/bench/measurements/lesson-html.ts';
import { receipts } from '../tooling/bench/measurements/receipts.ts';
import { search } from '../tooling/bench/measurements/search.ts';
import { searchOnPhone } from '../tooling/bench/measurements/phone-search.ts';
import { offline } from '../tooling/bench/measurements/offline.ts';
import { offlineOnPhone } from '../tooling/bench/measurements/offline-phone.ts';
import { vsStarlight } from '../tooling/bench/measurements/starlight.ts';
import { parseBenchArgs } from '../tooling/bench/options.ts';
import { prepareStarlight } from '../tooling/bench/starlight-install.ts';
import { targetsTable, type Target } from '../tooling/bench/targets.ts';
import { round } from '../tooling/bench/units.ts';
import { writeCorpus } from '../tooling/bench/write-corpus.ts';
import { typicalLesson } from '../tooling/dist-files.ts';
import { ROOT } from '../tooling/dirs.ts';

/** In report order; a new measurement is one more module in tooling/bench/measurements/ and one more line here. */
const MEASUREMENTS: Measurement[] = [
  buildTimes,
  buildPhases,
  vsStarlight,
  lessonHtml,
  firstLoad,
  search,
  searchOnPhone,
  receipts,
  offline,
  offlineOnPhone,
];

const options = parseBenchArgs(process.argv.slice(2));
const N = options.lessons;
const work = mkdtempSync(join(tmpdir(), 'hj-bench-'));
const cacheDir = join(work, 'astro-cache');
const started = new Date();
try {
  const realDist = join(work, 'real');
  const real = site('real site', realDist, [
    await buildOnce({ label: 'the real site', cwd: ROOT, dist: realDist, cacheDir, kind: 'ours' }),
  ]);
  const typical = typicalLesson(realDist);
  const [, typicalModule, typicalLessonSlug] = typical.page.split('/');

  const contentDir = join(work, 'content');
  const corpus = writeCorpus(contentDir, {
    lessons: N,
    seed: options.seed,
    probe: `${typicalModule}/${typicalLessonSlug}`,
  });
  const questionCount = corpus.modules.reduce((n, m) => n + m.questions, 0);
  console.log(`[bench] generated ${N} lessons in ${corpus.modules.length} modules, ${questionCount} questions`);

  const genDist = join(work, 'gen');
  const floorDir = options.floor ? writeFloorSite(join(work, 'floor')) : undefined;
  // Inside the floor project, so its server chunks resolve packages through its node_modules link.
  const floorDist = floorDir && join(floorDir, 'dist');
  const starlight = options.starlight
    ? prepareStarlight(options.starlightDir, corpus.files)
    : { ok: false as const, reason: 'not asked for (--no-starlight)' };
  if (!starlight.ok) console.warn(`[bench] the comparison with Starlight is skipped: ${starlight.reason}`);
  const starlightDist = join(work, 'starlight');
  const genRuns: Run[] = [];
  const floorRuns: Run[] = [];
  const starlightRuns: Run[] = [];
  for (let i = 1; i <= options.runs; i++) {
    const of = options.runs > 1 ? ` (run ${i} of ${options.runs})` : '';
    genRuns.push(
      await buildOnce({
        label: `the generated site, N = ${N}${of}`,
        cwd: ROOT,
        dist: genDist,
        contentDir,
        cacheDir,
        kind: 'ours',
      }),
    );
    if (floorDir && floorDist)
      floorRuns.push(
        await buildOnce({
          label: `the floor, N = ${N}${of}`,
          cwd: floorDir,
          dist: floorDist,
          contentDir,
          cacheDir,
          kind: 'floor',
        }),
      );
    if (starlight.ok)
      starlightRuns.push(
        await buildOnce({
          label: `Starlight, N = ${N}${of}`,
          cwd: starlight.dir,
          dist: starlightDist,
          cacheDir,
          kind: 'starlight',
        }),
      );
  }

  const context: BenchContext = {
    options,
    work,
    real: { dist: realDist, site: real },
    generated: { dist: genDist, site: site(`N = ${N}`, genDist, genRuns) },
    floor: floorDir && floorDist ? { dist: floorDist, site: site(`floor, N = ${N}`, floorDist, floorRuns) } : undefined,
    starlight: starlight.ok
      ? { dist: starlightDist, site: site(`Starlight, N = ${N}`, starlightDist, starlightRuns) }
      : undefined,
    starlightSkipped: starlight.ok ? undefined : starlight.reason,
    corpus,
    typical,
    probePage: `modules/${corpus.probe!}/index.html`,
  };
  const sections = [];
  // Each table as soon as it is measured: the build figures need not wait for the browser measurements.
  for (const measurement of MEASUREMENTS) {
    const measured = await measurement.run(context);
    console.log(measured.markdown);
    sections.push(measured);
  }
  const targets: Target[] = sections.flatMap((s) => s.targets);

  const report = {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      memoryGB: round(totalmem() / 1e9, 1),
      freeMemoryGB: round(freemem() / 1e9, 1),
      node: process.version,
    },
    lessons: N,
    seed: options.seed,
    runs: options.runs,
    modules: corpus.modules.length,
    questions: questionCount,
    ...Object.assign({}, ...sections.map((s) => s.report)),
    targets,
  };
  console.log(section('Targets', targetsTable(targets)));

  const outDir = join(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = join(outDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(outDir, 'latest.json'), json);
  console.log(`\n[bench] wrote ${file.slice(ROOT.length)} and bench-results/latest.json`);
  if (options.keep) console.log(`[bench] kept the builds and the corpus in ${work}`);
} finally {
  if (!options.keep && existsSync(work)) rmSync(work, { recursive: true, force: true });
}
