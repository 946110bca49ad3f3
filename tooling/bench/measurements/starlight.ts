/**
 * Ours against the same lessons in Starlight, with the floor beside them, all from the same run
 * (issue 21): build and index time (wall; CPU beside it), peak memory, and the probe lesson's HTML.
 */
import { htmlGzip } from '../../dist-files.ts';
import type { Step } from '../builds.ts';
import { floorPage } from '../floor-site.ts';
import { section, table, type Cell } from '../markdown.ts';
import type { BuiltSite, Measurement } from '../measurement-types.ts';
import { formatRatio, ratio, ratioTarget } from '../ratios.ts';
import { STARLIGHT_VERSION } from '../starlight-site.ts';
import { TARGET, type Target } from '../targets.ts';
import { kilobytes } from '../units.ts';

interface Figures {
  wallS: number;
  cpuS?: number;
  peakMB: number;
  lessonGzip: number;
}

const figuresOf = (site: BuiltSite, page: string): Figures => {
  const total: Step = site.site.best.total;
  return { wallS: total.wallS, cpuS: total.cpuS, peakMB: total.peakMB, lessonGzip: htmlGzip(site.dist, page) };
};

const seconds = (x: number) => `${x} s`;
const megabytes = (x: number) => `${x} MB`;
const kb = (x: number) => `${kilobytes(x)} KB`;

export const vsStarlight: Measurement = {
  name: 'vs Starlight',
  run({ options, generated, floor, starlight, starlightSkipped, corpus, probePage }) {
    const heading = `Against Starlight ${STARLIGHT_VERSION}: the same ${options.lessons} lessons, same run`;
    if (!starlight) {
      const reason = starlightSkipped ?? 'not built';
      return {
        report: { starlight: { skipped: reason } },
        markdown: section(heading, `skipped: ${reason}`),
        targets: [],
      };
    }
    const ours = figuresOf(generated, probePage);
    const other = figuresOf(starlight, probePage);
    const base = floor && corpus.probe ? figuresOf(floor, floorPage(corpus, corpus.probe)) : undefined;
    const goals = TARGET.vsStarlight;
    const n = `N = ${options.lessons}`;

    const targets: Target[] = [
      ratioTarget({
        name: `build + index vs Starlight, ${n}`,
        ours: ours.wallS,
        other: other.wallS,
        unit: seconds,
        goal: goals.build,
        style: 'fraction',
        note: `CPU ${formatRatio(ratio(ours.cpuS, other.cpuS), 'fraction')} (${ours.cpuS ?? '–'} s vs ${other.cpuS ?? '–'} s)`,
      }),
      ratioTarget({
        name: `peak memory vs Starlight, ${n}`,
        ours: ours.peakMB,
        other: other.peakMB,
        unit: megabytes,
        goal: goals.peakMemory,
        style: 'fraction',
      }),
      ratioTarget({
        name: `one generated lesson's HTML gzip vs Starlight, ${n}`,
        ours: ours.lessonGzip,
        other: other.lessonGzip,
        unit: kb,
        goal: goals.lessonHtml,
        style: 'fraction',
      }),
    ];

    const row = (
      label: string,
      pick: (f: Figures) => number | undefined,
      unit: (x: number) => string,
      goal: number | undefined,
    ): Cell[] => {
      const show = (f?: Figures) => (f && pick(f) !== undefined ? unit(pick(f)!) : undefined);
      return [
        label,
        show(ours),
        base ? show(base) : undefined,
        show(other),
        formatRatio(ratio(pick(ours), pick(other)), 'fraction'),
        base ? formatRatio(ratio(pick(base), pick(other)), 'fraction') : undefined,
        goal === undefined ? '–' : `≤ ${goal}×`,
      ];
    };
    const markdown = section(
      heading,
      `${table(
        ['', 'ours', 'floor', 'Starlight', 'ours / Starlight', 'floor / Starlight', 'goal'],
        [
          row('build + index, wall', (f) => f.wallS, seconds, goals.build),
          // The goal is set on wall time; CPU is shown beside it, without one.
          row('build + index, CPU', (f) => f.cpuS, seconds, undefined),
          row('peak memory (process tree)', (f) => f.peakMB, megabytes, goals.peakMemory),
          row(`lesson HTML gzip (${probePage.replace(/index\.html$/, '')})`, (f) => f.lessonGzip, kb, goals.lessonHtml),
        ],
      )}\n\nStarlight: its defaults (a sidebar of every page, its search), Pagefind inside its astro build; the lessons' components are the floor's plain wrappers. Fastest of ${options.runs} interleaved run(s) each.`,
    );
    return {
      report: { starlight: { version: STARLIGHT_VERSION, ours, floor: base, starlight: other } },
      markdown,
      targets,
    };
  },
};
