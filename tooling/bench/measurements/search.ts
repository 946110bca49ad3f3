/** The Pagefind bundle's size, and a reader's first Chinese query in Chromium, in both sites. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageUrl } from '../../dist-files.ts';
import { firstQuery } from '../first-query.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { TARGET } from '../targets.ts';
import { kilobytes } from '../units.ts';

interface PagefindSize {
  totalBytes: number;
  /** The index proper: .pf_index, .pf_fragment, .pf_meta and .pf_filter files. */
  indexBytes: number;
  files: number;
}

function pagefindSize(dist: string): PagefindSize {
  const dir = join(dist, 'pagefind');
  const size: PagefindSize = { totalBytes: 0, indexBytes: 0, files: 0 };
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f));
    if (!st.isFile()) continue;
    size.files++;
    size.totalBytes += st.size;
    if (/\.pf_(index|fragment|meta|filter)$/.test(f)) size.indexBytes += st.size;
  }
  return size;
}

export const search: Measurement = {
  name: 'search',
  async run({ options, real, generated, typical, probePage }) {
    console.log(`[bench] first query “${options.query}” in Chromium …`);
    const query = {
      real: await firstQuery(real.dist, pageUrl(typical.page), options.query),
      generated: await firstQuery(generated.dist, pageUrl(probePage), options.query),
    };
    const pagefind = { real: pagefindSize(real.dist), generated: pagefindSize(generated.dist) };

    const q = query.real;
    const markdown =
      section(
        'Pagefind, and a first query in Chromium',
        table(
          [
            'site',
            'pagefind folder',
            'of which index',
            `first “${q.query}”: requests`,
            'bytes sent (gzip)',
            'Ctrl+K → results (open + query)',
          ],
          (['real', 'generated'] as const).map((s) => {
            const p = pagefind[s];
            const f = query[s];
            return [
              s === 'real' ? 'real site' : `N = ${options.lessons}`,
              `${kilobytes(p.totalBytes)} KB, ${p.files} files`,
              `${kilobytes(p.indexBytes)} KB`,
              f.fetched.length,
              `${kilobytes(f.bytes)} KB (${kilobytes(f.gzip)} KB)`,
              `${Math.round(f.totalMs)} ms (${Math.round(f.openMs)} + ${Math.round(f.resultsMs)})`,
            ];
          }),
        ),
      ) +
      `\n\nfetched by the first query on the real site (gzip KB): ${q.fetched.map((f) => `${f.url.replace(/\?.*$/, '')} ${kilobytes(f.gzip)}`).join(', ')}`;
    const targets = [
      {
        name: 'first query, real site',
        goal: `< ${TARGET.firstQueryGzip / 1024} KB gzip`,
        measured: `${kilobytes(q.gzip)} KB`,
        met: q.gzip < TARGET.firstQueryGzip,
      },
    ];
    return { report: { pagefind, firstQuery: query }, markdown, targets };
  },
};
