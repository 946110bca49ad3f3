/**
 * `npm run lighthouse [-- --dist DIR] [--runs K] [--page NAME …] [--uncompressed]`
 *
 * Lighthouse (pinned 12.2.3, mobile: its default form factor and throttling) with Debian's
 * Chromium against home, a typical lesson, that lesson's quiz page, a trainee's task page (from a
 * task link) and the trainer's 成绩汇总, served by the same static server as the tests, compressing
 * text as the README asks hosts to (--uncompressed: as files are on disk; Lighthouse then fails its
 * own "Enable text compression" audit and measures a host left unconfigured). Without --dist it
 * first builds the real site into a temporary folder.
 * Prints the four category scores per page and every audit that did not pass, and writes
 * bench-results/lighthouse-<time>.json, bench-results/lighthouse-latest.json and the full
 * reports in bench-results/lighthouse/. Each page is audited K times (--runs, default 3) and the
 * run with the median performance score is kept, as Lighthouse recommends on a noisy machine.
 *
 * Chinese fonts matter: without any CJK font installed, Chromium searches every font for each
 * Chinese character and Style & Layout time roughly doubles, which costs the lesson page its TBT
 * here (phones always have CJK fonts). The script says when fontconfig knows no Chinese font;
 * `apt-get install fonts-wqy-microhei` (or a FONTCONFIG_FILE that adds one) fixes that.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../tooling/build-site.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tooling/chromium.ts';
import { auditedPages } from '../tooling/audited-pages.ts';
import { cleanEnv } from '../tooling/clean-env.ts';
import { ROOT } from '../tooling/dirs.ts';
import { serveStatic } from '../tooling/serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    // Serve files as they are on disk instead of gzip-compressed as the README asks hosts to.
    uncompressed: { type: 'boolean', default: false },
    // home, lesson, quiz, task or results (tooling/audited-pages.ts); all five when none is named.
    page: { type: 'string', multiple: true },
  },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs: expected a positive whole number, got "${values.runs}"`);

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[] };
}
interface Lhr {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

function build(): { dist: string; cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'hj-lighthouse-'));
  const dist = join(work, 'dist');
  console.log('[lighthouse] building the site …');
  const result = buildSite({ outDir: dist, cacheDir: join(work, 'astro-cache') });
  if (!result.ok) throw new Error(`build failed:\n${result.output}`);
  return { dist, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Runs the Lighthouse CLI. Asynchronously: the static server lives in this process and must keep answering. */
async function lighthouse(url: string, out: string): Promise<Lhr> {
  const child = spawn(
    'npx',
    [
      'lighthouse',
      url,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--quiet',
    ],
    { cwd: ROOT, env: cleanEnv({ CHROME_PATH: CHROMIUM }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0 || !existsSync(out)) throw new Error(`lighthouse ${url} failed:\n${output}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Lhr;
}

const score = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** Audits that count and did not pass, with the elements or resources they name. */
function failing(lhr: Lhr) {
  return Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      displayValue: a.displayValue,
      categories: CATEGORIES.filter((c) => lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)),
      items: (a.details?.items ?? []).slice(0, 5).map((item) => {
        const node = item.node as { snippet?: string; selector?: string } | undefined;
        return String(node?.snippet ?? node?.selector ?? item.url ?? item.source ?? JSON.stringify(item)).slice(0, 200);
      }),
    }));
}

/** Whether fontconfig (which Chromium uses on Linux) has a font for Chinese; undefined if unknown. */
function hasChineseFont(): boolean | undefined {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() !== '' : undefined;
}

const cjkFont = hasChineseFont();
if (cjkFont === false) {
  console.warn(
    '[lighthouse] note: no Chinese font is installed (fc-list :lang=zh is empty). Chromium falls back character by character, ' +
      'which inflates Style & Layout and TBT well beyond what a phone sees. Install fonts-wqy-microhei or fonts-noto-cjk for realistic scores.',
  );
}

const outDir = join(ROOT, 'bench-results');
const reportsDir = join(outDir, 'lighthouse');
mkdirSync(reportsDir, { recursive: true });
const built = values.dist ? { dist: resolve(values.dist), cleanup: () => undefined } : build();
const server = await serveStatic(built.dist, '/', 0, { compress: !values.uncompressed });
const started = new Date();
try {
  const pages = Object.fromEntries(
    Object.entries(auditedPages(built.dist)).filter(([name]) => !values.page?.length || values.page.includes(name)),
  );
  const results = [];
  for (const [name, path] of Object.entries(pages)) {
    const runs: Lhr[] = [];
    for (let i = 1; i <= RUNS; i++) {
      console.log(`[lighthouse] ${name}: ${server.url}${path}${RUNS > 1 ? ` (run ${i} of ${RUNS})` : ''}`);
      runs.push(await lighthouse(`${server.url}${path}`, join(reportsDir, `${name}${RUNS > 1 ? `-${i}` : ''}.json`)));
    }
    const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const lhr = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
    const metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, lhr.audits[id]?.displayValue]),
    );
    results.push({
      name,
      path,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])),
      performanceRuns: runs.map((r) => score(r, 'performance')),
      // Per run: TBT, and the main thread's work (less sensitive to a loaded machine than TBT's 50 ms cut).
      tbtRunsMs: runs.map((r) => Math.round(r.audits['total-blocking-time']?.numericValue ?? NaN)),
      mainThreadRunsMs: runs.map((r) => Math.round(r.audits['mainthread-work-breakdown']?.numericValue ?? NaN)),
      metrics,
      failing: failing(lhr),
      lighthouseVersion: lhr.lighthouseVersion,
    });
  }

  console.log(
    `\n## Lighthouse ${results[0]?.lighthouseVersion}, mobile, ${CHROMIUM}, ${values.uncompressed ? 'files served uncompressed' : 'text served gzip-compressed as in the README'}${cjkFont === false ? ', no Chinese font installed' : ''}\n`,
  );
  console.log('| page | performance | accessibility | best practices | SEO | FCP / LCP / TBT / CLS |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const m = r.metrics;
    const each = r.performanceRuns.map(
      (p, i) => `${p}: TBT ${r.tbtRunsMs[i]}, main thread ${r.mainThreadRunsMs[i]} ms`,
    );
    const perf =
      RUNS > 1 ? `${r.scores.performance} (runs: ${each.join('; ')})` : `${r.scores.performance} (${each[0]})`;
    console.log(
      `| ${r.name} (/${r.path}) | ${perf} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${m['first-contentful-paint']} / ${m['largest-contentful-paint']} / ${m['total-blocking-time']} / ${m['cumulative-layout-shift']} |`,
    );
  }
  for (const r of results) {
    if (r.failing.length === 0) continue;
    console.log(`\nnot passed on ${r.name}:`);
    for (const f of r.failing) {
      console.log(
        `  - ${f.id} (${f.categories.join(', ') || 'not scored'}; score ${f.score}${f.displayValue ? `, ${f.displayValue}` : ''}): ${f.title}`,
      );
      for (const item of f.items) console.log(`      ${item}`);
    }
  }
  const all100 = results.every((r) => CATEGORIES.every((c) => r.scores[c] === 100));
  console.log(`\n${all100 ? 'all four categories are 100 on every page' : 'NOT all 100: see the audits above'}`);

  const json = `${JSON.stringify({ date: started.toISOString(), chromium: CHROMIUM, chineseFont: cjkFont, runs: RUNS, results }, null, 2)}\n`;
  const file = join(outDir, `lighthouse-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(outDir, 'lighthouse-latest.json'), json);
  console.log(
    `[lighthouse] wrote ${file.slice(ROOT.length)}, bench-results/lighthouse-latest.json and the full reports in bench-results/lighthouse/`,
  );
  if (!all100) process.exitCode = 1;
} finally {
  await server.close();
  built.cleanup();
}
