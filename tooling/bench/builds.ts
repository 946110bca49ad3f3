/**
 * Cold builds for the bench: `astro build --force` (no content cache), then Pagefind, then (for
 * this project, not the floor) the service worker, each measured for wall time, CPU time and
 * peak memory (see measured-command.ts).
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildEnv, buildSteps } from '../build-site.ts';
import { builtPages } from '../dist-files.ts';
import { measureCommand, type Measured } from './measured-command.ts';
import { megabytes, round, seconds } from './units.ts';

export interface Step {
  wallS: number;
  cpuS?: number;
  /** Peak of the summed resident memory of the step's process tree. */
  peakMB: number;
  /** Peak of its largest single process. */
  peakProcessMB: number;
}
export interface Run {
  astro: Step;
  pagefind: Step;
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
  /** The Astro project: ours (ROOT) or the floor. */
  cwd: string;
  dist: string;
  contentDir?: string;
  /**
   * Astro's cache, in the bench's temporary folder (read by astro.config.mjs; the floor has its
   * own): the project's cache must not keep entries of a corpus that is deleted afterwards.
   */
  cacheDir: string;
  /** This project's build: the steps of `npm run build` (search index and offline worker included). */
  serviceWorker?: boolean;
  /** `report` for a generated course: its banks are random picks of real questions (see build-site.ts). */
  bankChecks?: 'enforce' | 'report';
}

const step = (m: Measured): Step => ({
  wallS: seconds(m.wallMs),
  cpuS: m.cpuMs === undefined ? undefined : seconds(m.cpuMs),
  peakMB: megabytes(m.peakTreeBytes),
  peakProcessMB: megabytes(m.peakProcessBytes),
});

/** One cold build and index of a site. */
export async function buildOnce(target: BuildTarget): Promise<Run> {
  const { label, cwd, dist, contentDir, cacheDir, bankChecks } = target;
  rmSync(dist, { recursive: true, force: true });
  const env = buildEnv({ outDir: dist, contentDir, cacheDir, bankChecks });
  const loadAverageBefore = round(loadavg()[0]!);
  if (loadAverageBefore > 1)
    console.warn(
      `[bench] note: load average ${loadAverageBefore} before building ${label}: other work on this machine inflates the times`,
    );
  console.log(`[bench] building ${label} …`);
  // Our sites are built exactly as `npm run build` builds them; the floor as a bare Astro site is,
  // indexed by Pagefind's command line. Both cold: `--force` empties Astro's content cache.
  const steps = target.serviceWorker
    ? buildSteps(dist)
    : [
        ['astro', 'build'],
        ['pagefind', '--site', dist],
      ];
  const commands = steps.map((args, i) => (i === 0 ? [...args, '--force'] : args));
  const measured: Measured[] = [];
  for (const args of commands) {
    const run = await measureCommand('npx', args, { cwd, env });
    if (!run.ok) throw new Error(`${args.slice(0, 2).join(' ')} (${label}) failed:\n${run.output}`);
    measured.push(run);
  }
  const [astro, pagefind, serviceWorker] = measured.map(step) as [Step, Step, Step | undefined];
  const [a, p] = measured as [Measured, Measured];
  return {
    astro,
    pagefind,
    serviceWorker,
    total: {
      wallS: seconds(a.wallMs + p.wallMs),
      cpuS: astro.cpuS !== undefined && pagefind.cpuS !== undefined ? round(astro.cpuS + pagefind.cpuS, 1) : undefined,
      // The two steps run one after the other: together they peak at the larger of the two.
      peakMB: Math.max(astro.peakMB, pagefind.peakMB),
      peakProcessMB: Math.max(astro.peakProcessMB, pagefind.peakProcessMB),
    },
    loadAverageBefore,
  };
}

/** A built site with its runs; the fastest run stands for it. */
export const site = (label: string, dist: string, runs: Run[]): Site => ({
  label,
  pages: builtPages(dist).length,
  best: runs.reduce((a, b) => (b.total.wallS < a.total.wallS ? b : a)),
  runs,
});
