/**
 * Where each N-lesson build spends its CPU time, phase by phase, ours beside the floor and
 * Starlight (their fastest runs): what our build does more than a bare Astro site, measured.
 */
import type { Run } from '../builds.ts';
import { PHASES, type Phase } from '../build-phases.ts';
import { section, table, type Cell } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { round } from '../units.ts';

const INDEX = 'search index (Pagefind, its own step)';

/** CPU seconds by phase of a run: the astro build's phases, then Pagefind's step when it has one. */
export function cpuByPhase(run: Run): Map<string, number> {
  const out = new Map<string, number>(Object.entries(run.astro.phases ?? {}));
  if (run.pagefind?.cpuS !== undefined) out.set(INDEX, run.pagefind.cpuS);
  return out;
}

/** One row per phase any site has: each site's seconds, and ours minus the first other site's. */
export function phaseRows(sites: Map<string, number>[]): Cell[][] {
  const [ours, base] = sites;
  return [...PHASES, INDEX]
    .filter((phase) => sites.some((s) => s.has(phase)))
    .map((phase) => [
      phase,
      ...sites.map((s) => s.get(phase)),
      ours && base ? round((ours.get(phase) ?? 0) - (base.get(phase) ?? 0), 1) : undefined,
    ]);
}

export const buildPhases: Measurement = {
  name: 'build phases',
  run({ options, generated, floor, starlight }) {
    const sites = [generated, floor, starlight].filter((s) => s !== undefined);
    const maps = sites.map((s) => cpuByPhase(s.site.best));
    const head = ['CPU s', ...sites.map((s) => s.site.label), floor ? 'ours − floor' : 'ours − other'];
    const rows = phaseRows(maps);
    const totals = maps.map((m) =>
      round(
        [...m.values()].reduce((a, b) => a + b, 0),
        1,
      ),
    );
    rows.push([
      'total (astro build sampled, Pagefind as timed)',
      ...totals,
      totals[1] !== undefined ? round(totals[0]! - totals[1], 1) : undefined,
    ]);
    const report: Record<string, Record<Phase | string, number>> = Object.fromEntries(
      sites.map((s, i) => [s.site.label, Object.fromEntries(maps[i]!)]),
    );
    return {
      report: { buildPhases: report },
      markdown: section(
        `Where the build's CPU goes, N = ${options.lessons} (fastest run; astro build's phases sampled every 50 ms, so a little under its total)`,
        table(head, rows),
      ),
      targets: [],
    };
  },
};
