/**
 * The floor for the benchmark: a bare Astro MDX site with one plain layout, building the same
 * generated lessons with this project's Astro, MDX and Pagefind (node_modules is linked in).
 * Components the lessons use are plain wrappers; <Check> renders nothing. `npm run bench -- --floor`
 * builds it next to ours, so the overhead of our features is measured on the same machine at the
 * same moment.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../dirs.ts';
import type { Corpus } from './corpus.ts';

/**
 * What the lessons' components are in the comparison sites (the floor, Starlight): plain
 * wrappers, so both measure the same lessons without this project's components.
 */
export const PLAIN_COMPONENTS = {
  Box: '<div><slot /></div>\n',
  Term: '<span><slot /></span>\n',
  Nothing: '\n',
} as const;
/** Each component a lesson uses, by the plain one that stands for it (<Check> renders nothing). */
export const LESSON_COMPONENTS: Record<string, keyof typeof PLAIN_COMPONENTS> = {
  KeyPoint: 'Box',
  LegalBasis: 'Box',
  RedLine: 'Box',
  Steps: 'Box',
  LocalRule: 'Box',
  Term: 'Term',
  Check: 'Nothing',
};

/** The plain components as files of an Astro project. */
export const plainComponentFiles = (): [path: string, text: string][] =>
  Object.entries(PLAIN_COMPONENTS).map(([name, text]) => [`src/components/${name}.astro`, text]);

const componentMap = Object.entries(LESSON_COMPONENTS)
  .map(([name, plain]) => (name === plain ? name : `${name}: ${plain}`))
  .join(', ');

const FILES: Record<string, string> = {
  ...Object.fromEntries(plainComponentFiles()),
  'package.json': JSON.stringify({ name: 'floor', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Caches of its own, so the floor never invalidates the project's (node_modules is shared).
export default defineConfig({
  outDir: process.env.OUT_DIR || 'dist',
  cacheDir: './.cache/astro',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { cacheDir: './.cache/vite' },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const lessons = defineCollection({ loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: process.env.CONTENT_DIR }) });
export const collections = { lessons };
`,
  'src/layouts/Plain.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body><main><article data-pagefind-body><h1>{title}</h1><slot /></article></main></body>
</html>
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Plain from '../layouts/Plain.astro';
${Object.keys(PLAIN_COMPONENTS)
  .map((name) => `import ${name} from '../components/${name}.astro';`)
  .join('\n')}
export async function getStaticPaths() {
  const lessons = await getCollection('lessons');
  return lessons.map((lesson) => ({ params: { id: lesson.id }, props: { lesson } }));
}
const { lesson } = Astro.props;
const { Content } = await render(lesson);
const components = { ${componentMap} };
---
<Plain title={lesson.data.title}><Content components={components} /></Plain>
`,
};

/** Writes the floor project into `dir` (which must not exist yet). */
export function writeFloorSite(dir: string): string {
  for (const [path, text] of Object.entries(FILES)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The floor's page of a corpus lesson ("module/slug"): its id is the file's path, "NN-" included. */
export function floorPage(corpus: Pick<Corpus, 'modules'>, lesson: string): string {
  const [moduleId, slug] = lesson.split('/');
  const order = corpus.modules.find((m) => m.id === moduleId)?.lessons.indexOf(slug!) ?? -1;
  if (order < 0) throw new Error(`floorPage: the corpus has no lesson "${lesson}"`);
  return `${moduleId}/${String(order + 1).padStart(2, '0')}-${slug}/index.html`;
}
