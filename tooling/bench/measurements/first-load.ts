/** What a reader's browser fetches before interacting with home, the typical lesson and its quiz. */
import { pageWeight } from '../../page-weight.ts';
import { quizPath } from '../../../src/lib/url.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { kilobytes } from '../units.ts';

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

/** Home, a lesson and its module's quiz, as built files. */
const pagesAround = (lessonPage: string) => ({
  home: 'index.html',
  lesson: lessonPage,
  quiz: `${quizPath(lessonPage.split('/')[1]!)}index.html`,
});

const shown = (w: Weight) => `${kilobytes(w.html)} + ${kilobytes(w.css)} + ${kilobytes(w.js)} = ${kilobytes(w.total)}`;

export const firstLoad: Measurement = {
  name: 'first load',
  run({ options, real, generated, typical, probePage }) {
    const report = {
      real: weights(real.dist, pagesAround(typical.page)),
      generated: weights(generated.dist, pagesAround(probePage)),
    };
    const markdown = section(
      'First load, gzip KB: HTML + CSS + JS = total',
      table(
        ['page', 'real site', `N = ${options.lessons}`],
        ['home', 'lesson', 'quiz'].map((p) => [p, shown(report.real[p]!), shown(report.generated[p]!)]),
      ),
    );
    return { report: { firstLoad: report }, markdown, targets: [] };
  },
};
