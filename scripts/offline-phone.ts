/**
 * `node scripts/offline-phone.ts --dist DIR`: the offline-on-a-phone measurement of `npm run bench`
 * (tooling/bench/offline-phone.ts) on a site already built, without the rest.
 */
import { parseArgs } from 'node:util';
import { offlineOnPhoneMarkdown } from '../tooling/bench/measurements/offline-phone.ts';
import { offlineOnPhone } from '../tooling/bench/offline-phone.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
if (!values.dist) throw new Error('--dist: the folder of a built site (npm run build writes dist/)');
console.log(offlineOnPhoneMarkdown(await offlineOnPhone(values.dist)));
