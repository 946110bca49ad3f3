/** What a first visit stores for offline use (the service worker's precache), in both sites. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPrecache } from '../../offline/precache-list.ts';
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { kilobytes, round } from '../units.ts';

function precache(dist: string) {
  const { urls, bytes } = readPrecache(dist);
  return {
    files: urls.length,
    MB: round(bytes / 1024 / 1024),
    searchChunks: urls.filter((u) => /^pagefind\/(index|fragment|filter)\//.test(u)).length,
    swKB: kilobytes(gzipSync(readFileSync(join(dist, 'sw.js')), { level: 9 }).length),
  };
}

export const offline: Measurement = {
  name: 'offline',
  run({ options, real, generated }) {
    const report = { real: precache(real.dist), generated: precache(generated.dist) };
    const row = (p: ReturnType<typeof precache>) => [p.files, p.MB, p.searchChunks || 'cached when searched', p.swKB];
    const markdown = section(
      'Offline: what the first visit precaches (uncompressed) and the worker itself (gzip)',
      table(
        ['site', 'files', 'MB', 'search chunks precached', 'sw.js KB'],
        [
          ['real site', ...row(report.real)],
          [`N = ${options.lessons}`, ...row(report.generated)],
        ],
      ),
    );
    return { report: { offline: report }, markdown, targets: [] };
  },
};
