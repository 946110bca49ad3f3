/**
 * The file-system side of the synthetic course (tooling/bench/corpus.ts is the pure side): reads
 * the real content folder as text and writes a generated corpus into a folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus, type Corpus, type CorpusOptions, type SourceContent } from './corpus.ts';
import { ROOT } from '../dirs.ts';

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
