/** A lesson's HTML gzip in the real site and the generated one: how page weight grows with the course. */
import { htmlGzip, lessonPages } from '../../dist-files.ts';
import { median } from '../corpus.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { TARGET } from '../targets.ts';
import { kilobytes, round } from '../units.ts';

export const lessonHtml: Measurement = {
  name: 'lesson HTML',
  run({ options, real, generated, typical, probePage }) {
    const probeGzip = htmlGzip(generated.dist, probePage);
    const ratio = round(probeGzip / typical.gzip, 3);
    const medians = {
      real: median(lessonPages(real.dist).map((page) => htmlGzip(real.dist, page))),
      generated: median(lessonPages(generated.dist).map((page) => htmlGzip(generated.dist, page))),
    };
    const report = {
      note: 'typical: the real lesson with the median HTML gzip, and the same lesson text copied into the generated site',
      typical: {
        real: { page: typical.page, gzip: typical.gzip },
        generated: { page: probePage, gzip: probeGzip },
        ratio,
      },
      median: medians,
    };
    const markdown = section(
      'Lesson HTML, gzip',
      table(
        ['lesson', 'real site', `N = ${options.lessons}`, 'ratio'],
        [
          [
            `typical: ${typical.page.replace(/index\.html$/, '')}`,
            `${kilobytes(typical.gzip)} KB`,
            `${kilobytes(probeGzip)} KB`,
            `×${ratio}`,
          ],
          [
            'median of all lessons',
            `${kilobytes(medians.real)} KB`,
            `${kilobytes(medians.generated)} KB`,
            `×${round(medians.generated / medians.real, 3)}`,
          ],
        ],
      ),
    );
    const targets = [
      {
        name: `typical lesson HTML, N = ${options.lessons} vs real`,
        goal: `≤ ×${TARGET.lessonGrowth}`,
        measured: `×${ratio}`,
        met: ratio <= TARGET.lessonGrowth,
      },
    ];
    return { report: { lessonHtml: report }, markdown, targets };
  },
};
