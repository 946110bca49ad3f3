/**
 * `node scripts/search-phone.ts --dist DIR [--runs N]`: the search-on-a-phone measurement of
 * `npm run bench` (tooling/bench/search-phone.ts) on a site already built, without the rest.
 */
import { parseArgs } from 'node:util';
import { searchOnPhoneMarkdown } from '../tooling/bench/measurements/search-phone.ts';
import { searchOnPhone } from '../tooling/bench/search-phone.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, dist: { type: 'string' } } });
if (!values.dist) throw new Error('--dist: the folder of a built site (npm run build writes dist/)');
console.log(searchOnPhoneMarkdown(await searchOnPhone(values.dist, Number(values.runs))));
