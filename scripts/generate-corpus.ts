/**
 * Writes a synthetic course of N lessons for the benchmark (see tooling/bench/corpus.ts).
 *
 *   npx node scripts/generate-corpus.ts [N=1000] [--out DIR] [--seed TEXT] [--probe module/lesson]
 *
 * Then build it with CONTENT_DIR=DIR (its banks are real questions picked at random, so they repeat
 * each other and would miss the bank targets, which a build grades only with BANK_CHECKS set).
 * Without --out the corpus goes to a new temporary folder, whose path is printed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../tooling/bench/write-corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, seed: { type: 'string' }, probe: { type: 'string' } },
});
const lessons = Number(positionals[0] ?? 1000);
const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'hj-corpus-')));
const corpus = writeCorpus(out, { lessons, seed: values.seed, probe: values.probe });
const questions = corpus.modules.reduce((n, m) => n + m.questions, 0);
console.log(`${lessons} lessons in ${corpus.modules.length} modules, ${questions} questions → ${out}`);
if (corpus.probe) console.log(`probe lesson: ${corpus.probe}`);
console.log(`build it with: CONTENT_DIR=${out} OUT_DIR=/tmp/hj-bench-dist npx astro build`);
