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

const FILES: Record<string, string> = {
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
  'src/components/Box.astro': '<div><slot /></div>\n',
  'src/components/Term.astro': '<span><slot /></span>\n',
  'src/components/Nothing.astro': '\n',
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Plain from '../layouts/Plain.astro';
import Box from '../components/Box.astro';
import Term from '../components/Term.astro';
import Nothing from '../components/Nothing.astro';
export async function getStaticPaths() {
  const lessons = await getCollection('lessons');
  return lessons.map((lesson) => ({ params: { id: lesson.id }, props: { lesson } }));
}
const { lesson } = Astro.props;
const { Content } = await render(lesson);
const components = { KeyPoint: Box, LegalBasis: Box, RedLine: Box, Steps: Box, Term, Check: Nothing, LocalRule: Box };
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
