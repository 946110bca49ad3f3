/**
 * The bench's command line: `npm run bench [-- N] [--runs K] [--no-floor] [--no-starlight]
 * [--starlight-dir DIR] [--seed TEXT] [--query 词] [--keep]`.
 * Throws a one-line message naming the option when a value is not usable.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Lessons in the generated site. */
  lessons: number;
  /** Builds of the generated site, the floor and Starlight, interleaved; the fastest of each is reported. */
  runs: number;
  /** Whether to build the floor (a bare Astro MDX site over the same lessons). */
  floor: boolean;
  /** Whether to build the same lessons in Starlight (installed on demand, see starlight-install.ts). */
  starlight: boolean;
  /** Where Starlight is installed and its site written: a cache kept between benches. */
  starlightDir: string;
  /** Seed of the generated corpus: the same seed gives the same lessons. */
  seed: string;
  /** The Chinese query of the first-search measurement. */
  query: string;
  /** Keep the temporary folder with the builds and the corpus. */
  keep: boolean;
}

export function parseBenchArgs(args: string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '1' },
      'no-floor': { type: 'boolean', default: false },
      'no-starlight': { type: 'boolean', default: false },
      'starlight-dir': { type: 'string', default: join(tmpdir(), 'hj-bench-starlight') },
      seed: { type: 'string', default: 'huanjie-bench' },
      query: { type: 'string', default: '选民登记' },
      keep: { type: 'boolean', default: false },
    },
  });
  const lessons = Number(positionals[0] ?? 1000);
  const runs = Number(values.runs);
  if (!Number.isInteger(lessons) || lessons < 1)
    throw new Error(`N: expected a positive whole number of lessons, got "${positionals[0]}"`);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: expected a positive whole number, got "${values.runs}"`);
  return {
    lessons,
    runs,
    floor: !values['no-floor'],
    starlight: !values['no-starlight'],
    starlightDir: resolve(values['starlight-dir']),
    seed: values.seed,
    query: values.query,
    keep: values.keep,
  };
}
