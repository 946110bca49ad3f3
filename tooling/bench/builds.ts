/**
 * Cold builds for the bench: `astro build --force` (no content cache), then Pagefind, then (for
 * this project, not the floor) the service worker, each measured for wall time, CPU time and
 * peak memory (see measured-command.ts). Starlight runs Pagefind inside its `astro build`.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { delimiter, dirname } from 'node:path';
import { buildEnv, buildSteps } from '../build-site.ts';
import { builtPages } from '../dist-files.ts';
import type { Phase } from './build-phases.ts';
import { measureCommand, type Measured } from './measured-command.ts';
import { megabytes, round, seconds } from './units.ts';

export interface Step {
  wallS: number;
  cpuS?: number;
  /** Peak of the summed resident memory of the step's process tree. */
  peakMB: number;
  /** Peak of its largest single process. */
  peakProcessMB: number;
  /** For an astro build: CPU seconds by phase (see build-phases.ts), sampled, so a little under cpuS. */
  phases?: Partial<Record<Phase, number>>;
}
export interface Run {
  astro: Step;
  /** Absent for Starlight, whose `astro build` runs Pagefind itself. */
  pagefind?: Step;
  /** `scripts/build-sw.ts`; absent for the floor, which has no offline step. */
  serviceWorker?: Step;
  /** Build and index: the two steps the floor has too, so the ratio to it is like for like. */
  total: Step;
  loadAverageBefore: number;
}
export interface Site {
  label: string;
  pages: number;
  /** The fastest run (by total wall time). */
  best: Run;
  runs: Run[];
}

export interface BuildTarget {
  /** Shown in the progress lines. */
  label: string;
  /** The Astro project: ours (ROOT), the floor or Starlight. */
  cwd: string;
  /**
   * ours: the steps of `npm run build` (search index and offline worker included); floor: a bare
   * Astro site, indexed by Pagefind's command line; starlight: `astro build`, which indexes too.
   */
  kind: 'ours' | 'floor' | 'starlight';
  dist: string;
  contentDir?: string;
  /**
   * Astro's cache, in the bench's temporary folder (read by astro.config.mjs; the floor has its
   * own): the project's cache must not keep entries of a corpus that is deleted afterwards.
   */
  cacheDir: string;
}

const step = (m: Measured): Step => ({
  wallS: seconds(m.wallMs),
  cpuS: m.cpuMs === undefined ? undefined : seconds(m.cpuMs),
  peakMB: megabytes(m.peakTreeBytes),
  peakProcessMB: megabytes(m.peakProcessBytes),
  ...(m.phases ? { phases: m.phases } : {}),
});

/** One cold build and index of a site. */
export async function buildOnce(target: BuildTarget): Promise<Run> {
  const { label, cwd, dist, contentDir, cacheDir, kind } = target;
  rmSync(dist, { recursive: true, force: true });
  const env = buildEnv({ outDir: dist, contentDir, cacheDir });
  // Starlight's folder has no node of its own in node_modules/.bin: this project's Node 24 runs it.
  if (kind === 'starlight') env.PATH = `${dirname(process.execPath)}${delimiter}${env.PATH ?? ''}`;
  const loadAverageBefore = round(loadavg()[0]!);
  if (loadAverageBefore > 1)
    console.warn(
      `[bench] note: load average ${loadAverageBefore} before building ${label}: other work on this machine inflates the times`,
    );
  console.log(`[bench] building ${label} …`);
  // Our sites are built exactly as `npm run build` builds them; the floor as a bare Astro site is,
  // indexed by Pagefind's command line. All cold: `--force` empties Astro's content cache.
  const steps = {
    ours: buildSteps(dist),
    floor: [
      ['astro', 'build'],
      ['pagefind', '--site', dist],
    ],
    starlight: [['astro', 'build']],
  }[kind];
  const commands = steps.map((args, i) => (i === 0 ? [...args, '--force'] : args));
  const measured: Measured[] = [];
  for (const [i, args] of commands.entries()) {
    const run = await measureCommand('npx', args, { cwd, env, phases: i === 0 });
    if (!run.ok) throw new Error(`${args.slice(0, 2).join(' ')} (${label}) failed:\n${run.output}`);
    measured.push(run);
  }
  const [astro, pagefind, serviceWorker] = measured.map(step) as [Step, Step | undefined, Step | undefined];
  return { astro, pagefind, serviceWorker, total: buildAndIndex(astro, pagefind), loadAverageBefore };
}

/** Build and index together: wall and CPU add up; the steps run one after the other, so they peak at the larger. */
export function buildAndIndex(astro: Step, pagefind?: Step): Step {
  if (!pagefind) return { ...astro, phases: undefined };
  return {
    wallS: round(astro.wallS + pagefind.wallS, 1),
    cpuS: astro.cpuS !== undefined && pagefind.cpuS !== undefined ? round(astro.cpuS + pagefind.cpuS, 1) : undefined,
    peakMB: Math.max(astro.peakMB, pagefind.peakMB),
    peakProcessMB: Math.max(astro.peakProcessMB, pagefind.peakProcessMB),
  };
}

/** A built site with its runs; the fastest run stands for it. */
export const site = (label: string, dist: string, runs: Run[]): Site => ({
  label,
  pages: builtPages(dist).length,
  best: runs.reduce((a, b) => (b.total.wallS < a.total.wallS ? b : a)),
  runs,
});
