/** Build wall time, CPU time and peak memory of each site, against the build targets. */
import type { Site, Step } from '../builds.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { formatRatio, ratio, ratioTarget } from '../ratios.ts';
import { TARGET, type Target } from '../targets.ts';

const figures = (s: Step) => `${s.wallS} s / ${s.cpuS ?? '–'} s / ${s.peakMB} MB (${s.peakProcessMB})`;

export const buildTimes: Measurement = {
  name: 'build times',
  run({ options, real, generated, floor, starlight }) {
    const gen = generated.site;
    const targets: Target[] = [];
    if (options.lessons === 1000) {
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
      const ours = gen.best.total;
      const base = floor.site.best.total;
      // Wall time is the target; CPU time, beside it, is what a loaded machine distorts least.
      targets.push(
        ratioTarget({
          name: `build + index vs the floor measured here, N = ${options.lessons}`,
          ours: ours.wallS,
          other: base.wallS,
          unit: (x) => `${x} s`,
          goal: TARGET.overFloor,
          style: 'times',
          note: `CPU ${formatRatio(ratio(ours.cpuS, base.cpuS), 'times')} (${ours.cpuS ?? '–'} s vs ${base.cpuS ?? '–'} s)`,
        }),
      );
    }

    const sites: Site[] = [real.site, gen, ...(floor ? [floor.site] : []), ...(starlight ? [starlight.site] : [])];
    let markdown = section(
      'Build: wall / CPU / peak memory of the process tree (of its largest process)',
      table(
        ['site', 'pages', 'astro build', 'pagefind', 'build + index', 'then the service worker'],
        sites.map((s) => [
          s.label,
          s.pages,
          figures(s.best.astro),
          s.best.pagefind ? figures(s.best.pagefind) : 'in astro build',
          figures(s.best.total),
          s.best.serviceWorker ? figures(s.best.serviceWorker) : '–',
        ]),
      ),
    );
    // Every run, with the load average before it: the machine is shared, so the load says how far to trust a time.
    markdown += `\n\nbuild + index, every run in build order (wall s / CPU s, load before): ${sites
      .map(
        (s) =>
          `${s.label}: ${s.runs.map((x) => `${x.total.wallS} / ${x.total.cpuS ?? '–'} (${x.loadAverageBefore})`).join(', ')}`,
      )
      .join('; ')}`;
    return {
      report: { builds: { real: real.site, generated: gen, floor: floor?.site, starlight: starlight?.site } },
      markdown,
      targets,
    };
  },
};
