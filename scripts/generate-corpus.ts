/**
 * Writes a synthetic course of N lessons for the benchmark (see tooling/bench/corpus.ts).
 *
 *   npx node scripts/generate-corpus.ts [N=1000] [--out DIR] [--seed TEXT] [--probe module/lesson]
 *
 * Then build it with CONTENT_DIR=DIR. Without --out the corpus goes to a new temporary folder,
 * whose path is printed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, type Corpus, type CorpusOptions, type SourceContent } from '../tooling/bench/corpus.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The real content folder as text, in the shape generateCorpus reads. */
export function readSource(dir = join(ROOT, 'content')): SourceContent {
  const read = (...parts: string[]) => readFileSync(join(dir, ...parts), 'utf8');
  const modules = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'module.yaml')))
    .map((d) => d.name)
    .sort()
    .map((id) => ({
      id,
      yaml: read(id, 'module.yaml'),
      lessons: readdirSync(join(dir, id))
        .filter((f) => /^\d\d-.+\.mdx$/.test(f))
        .sort()
        .map((f) => ({ slug: f.replace(/^\d\d-/, '').replace(/\.mdx$/, ''), text: read(id, f) })),
      questions: read(id, 'questions.yaml'),
      checklist: existsSync(join(dir, id, 'checklist.mdx')) ? read(id, 'checklist.mdx') : undefined,
    }));
  const pagesDir = join(dir, 'pages');
  const pages = existsSync(pagesDir)
    ? Object.fromEntries(
        readdirSync(pagesDir)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => [f, read('pages', f)]),
      )
    : {};
  return { modules, glossary: read('glossary.yaml'), pages };
}

/** Generates the corpus and writes it into `out` (emptied first). */
export function writeCorpus(out: string, options: CorpusOptions, source = readSource()): Corpus {
  rmSync(out, { recursive: true, force: true });
  const corpus = generateCorpus(source, options);
  for (const [path, text] of corpus.files) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return corpus;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
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
}
