/** Search on a village phone (issue 11): open, cold and warm first results, one word against two. */
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { searchOnPhone as measure, type SearchOnPhone } from '../phone-search-browser.ts';
import { targetsTable } from '../targets.ts';
import { kilobytes } from '../units.ts';

export function searchOnPhoneMarkdown(r: SearchOnPhone): string {
  const p = r.profile;
  const runs = table(
    ['run', 'open', 'cold', 'warm', 'two words, warm', 'two words, cold'],
    r.runs.map((x, i) => [
      i + 1,
      `${x.openMs} ms`,
      `${x.cold.ms} ms (${x.cold.fragments} fragments)`,
      `${x.warm.ms} ms (${x.warm.fragments})`,
      `${x.warmTwoWords.ms} ms (${x.warmTwoWords.fragments})`,
      `${x.coldTwoWords.ms} ms (${x.coldTwoWords.fragments})`,
    ]),
  );
  return section(
    `Search on a phone (CPU ×${p.cpuSlowdown}, ${p.downKbps / 1000} Mbps, ${p.rttMs} ms RTT; median of ${r.runs.length})`,
    `${targetsTable(r.targets)}\n\n${runs}\n\nsearch data (gzip): glossary.json ${kilobytes(r.files.glossary)} KB, fetched on intent; ` +
      `suggest.json ${kilobytes(r.files.suggest)} KB, fetched only when a query finds nothing`,
  );
}

export const searchOnPhone: Measurement = {
  name: 'search on a phone',
  async run({ real }) {
    console.log('[bench] search on an emulated phone in Chromium …');
    const result = await measure(real.dist);
    return { report: { searchOnPhone: result }, markdown: searchOnPhoneMarkdown(result), targets: result.targets };
  },
};
