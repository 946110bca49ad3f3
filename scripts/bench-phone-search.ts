/**
 * `node scripts/bench-phone-search.ts --dist DIR [--runs N]`: the search-on-a-phone measurement of
 * `npm run bench` (tooling/bench/phone-search-browser.ts) on a site already built, without the rest.
 */
import { parseArgs } from 'node:util';
import { searchOnPhoneMarkdown } from '../tooling/bench/measurements/phone-search.ts';
import { searchOnPhone } from '../tooling/bench/phone-search-browser.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, dist: { type: 'string' } } });
if (!values.dist) throw new Error('--dist: the folder of a built site (npm run build writes dist/)');
console.log(searchOnPhoneMarkdown(await searchOnPhone(values.dist, Number(values.runs))));
