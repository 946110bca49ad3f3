/**
 * The bench's command line: `npm run bench [-- N] [--runs K] [--no-floor] [--seed TEXT] [--query 词] [--keep]`.
 * Throws a one-line message naming the option when a value is not usable.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Lessons in the generated site. */
  lessons: number;
  /** Builds of the generated site and the floor; the fastest of each is reported. */
  runs: number;
  /** Whether to build the floor (a bare Astro MDX site over the same lessons). */
  floor: boolean;
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
  return { lessons, runs, floor: !values['no-floor'], seed: values.seed, query: values.query, keep: values.keep };
}
