/** What a reader's browser fetches before interacting with home, the typical lesson and its quiz. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstVisit, htmlParts, pageWeight } from '../../page-weight.ts';
import { quizPath } from '../../../src/lib/url.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { shortfall } from '../ratios.ts';
import { TARGET } from '../targets.ts';
import { kilobytes } from '../units.ts';

interface Weight {
  page: string;
  /** Inline scripts included. */
  html: number;
  css: number;
  /** Script files (inline scripts are in `html`). */
  js: number;
  /** Every file of the first visit, the offline registration included (page-weight.ts: firstVisit). */
  total: number;
}

function weights(dist: string, pages: Record<string, string>): Record<string, Weight> {
  return Object.fromEntries(
    Object.entries(pages).map(([name, page]) => {
      const w = pageWeight(dist, '/', page);
      return [name, { page, html: w.html, css: w.css, js: w.js - w.inlineJs, total: firstVisit(dist, '/', page) }];
    }),
  );
}

/** Home, a lesson and its module's quiz, as built files. */
const pagesAround = (lessonPage: string) => ({
  home: 'index.html',
  lesson: lessonPage,
  quiz: `${quizPath(lessonPage.split('/')[1]!)}index.html`,
});

/** Where a lesson's first visit goes, so a miss of its target says what would have to give. */
function lessonBreakdown(dist: string, w: Weight): string {
  const { parts, rest } = htmlParts(readFileSync(join(dist, w.page), 'utf8'));
  const rows = [
    ...parts.map(({ name, bytes }) => [`HTML: ${name}`, kilobytes(bytes)]),
    ['HTML: the rest of the page (head, breadcrumbs, pager, …)', kilobytes(rest)],
    ['stylesheets', kilobytes(w.css)],
    ['script files', kilobytes(w.js)],
    ['offline registration (sw-register.js, after the page)', kilobytes(w.total - w.html - w.css - w.js)],
    ['in all', kilobytes(w.total)],
  ];
  return section(
    `Where the typical lesson's first visit goes (${w.page}), gzip KB; an HTML part is what the page would weigh less without it`,
    table(['part', 'KB'], rows),
  );
}

const shown = (w: Weight) =>
  `${kilobytes(w.html)} + ${kilobytes(w.css)} + ${kilobytes(w.js)}; ${kilobytes(w.total)} in all`;

export const firstLoad: Measurement = {
  name: 'first load',
  run({ options, real, generated, typical, probePage }) {
    const report = {
      real: weights(real.dist, pagesAround(typical.page)),
      generated: weights(generated.dist, pagesAround(probePage)),
    };
    const markdown = section(
      'First visit, gzip KB: HTML (inline scripts included) + CSS + script files; total with the offline registration',
      table(
        ['page', 'real site', `N = ${options.lessons}`],
        ['home', 'lesson', 'quiz'].map((p) => [p, shown(report.real[p]!), shown(report.generated[p]!)]),
      ),
    );
    const lesson = report.real.lesson!.total;
    const targets = [
      {
        name: 'typical lesson, first visit, every file (real site)',
        goal: `≤ ${kilobytes(TARGET.lessonFirstVisit)} KB`,
        measured: `${kilobytes(lesson)} KB (where it goes: the table above)`,
        met: lesson <= TARGET.lessonFirstVisit,
        missedBy: shortfall(lesson, TARGET.lessonFirstVisit),
      },
    ];
    return {
      report: { firstLoad: report },
      markdown: `${markdown}\n${lessonBreakdown(real.dist, report.real.lesson!)}`,
      targets,
    };
  },
};
