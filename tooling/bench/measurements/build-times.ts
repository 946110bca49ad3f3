/** Build wall time, CPU time and peak memory of each site, against the build targets. */
import type { Site, Step } from '../builds.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { TARGET, type Target } from '../targets.ts';
import { round } from '../units.ts';

const figures = (s: Step) => `${s.wallS} s / ${s.cpuS ?? '–'} s / ${s.peakMB} MB (${s.peakProcessMB})`;

export const buildTimes: Measurement = {
  name: 'build times',
  run({ options, real, generated, floor }) {
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
      const ratio = round(gen.best.total.wallS / floor.site.best.total.wallS);
      targets.push({
        name: `build + index vs the floor measured here, N = ${options.lessons}`,
        goal: `≤ ×${TARGET.overFloor}`,
        measured: `×${ratio} (${gen.best.total.wallS} s vs ${floor.site.best.total.wallS} s)`,
        met: ratio <= TARGET.overFloor,
      });
    }

    const sites: Site[] = [real.site, gen, ...(floor ? [floor.site] : [])];
    let markdown = section(
      'Build: wall / CPU / peak memory of the process tree (of its largest process)',
      table(
        ['site', 'pages', 'astro build', 'pagefind', 'build + index', 'then the service worker'],
        sites.map((s) => [
          s.label,
          s.pages,
          figures(s.best.astro),
          figures(s.best.pagefind),
          figures(s.best.total),
          s.best.serviceWorker ? figures(s.best.serviceWorker) : '–',
        ]),
      ),
    );
    if (gen.runs.length > 1) {
      markdown += `\n\nall runs, together (wall s): ${sites.map((s) => `${s.label}: ${s.runs.map((x) => x.total.wallS).join(', ')}`).join('; ')}`;
    }
    return { report: { builds: { real: real.site, generated: gen, floor: floor?.site } }, markdown, targets };
  },
};
