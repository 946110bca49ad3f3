/**
 * The generated lessons as a Starlight site, for the bench's comparison (issue 21): Starlight's
 * defaults (its sidebar of every page, its Pagefind search, run inside `astro build`), the site
 * in Simplified Chinese, and the lessons' components as the floor's plain wrappers, imported by
 * each lesson (Starlight renders a page's content without a component map).
 *
 * Pure: the project's files from the corpus. starlight-install.ts installs Starlight and writes
 * them.
 */
import { LESSON_COMPONENTS, plainComponentFiles } from './floor-site.ts';
import { SITE_NAME } from '../../src/lib/site-meta.ts';

/** The Starlight compared with: 0.42, the newest release, which supports Astro 7 (peer astro ^7.2.10). */
export const STARLIGHT_VERSION = '0.42.9';

/** The install's package.json: Starlight, and this project's Astro version so both build with the same Astro. */
export const starlightPackage = (astroVersion: string) => ({
  name: 'hj-bench-starlight',
  private: true,
  type: 'module',
  dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
});

const LESSON = /^([^/]+)\/\d\d-([^/]+)\.mdx$/;
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Where a corpus lesson ("module/NN-slug.mdx") goes: its page is modules/<module>/<slug>/, as in our site. */
export function starlightLessonPath(corpusPath: string): string | undefined {
  const match = LESSON.exec(corpusPath);
  return match ? `src/content/docs/modules/${match[1]}/${match[2]}.mdx` : undefined;
}

/** The lesson's text with the components imported after its frontmatter. */
export function starlightLesson(text: string): string {
  const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
  const names = Object.keys(LESSON_COMPONENTS).join(', ');
  // Lessons sit at src/content/docs/modules/<module>/.
  const importLine = `import { ${names} } from '../../../../components/lesson.ts';`;
  return `${frontmatter}\n${importLine}\n\n${text.slice(frontmatter.length).trimStart()}`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  outDir: process.env.OUT_DIR || 'dist',
  cacheDir: './.cache/astro',
  integrations: [
    starlight({ title: ${JSON.stringify(SITE_NAME)}, locales: { root: { label: '简体中文', lang: 'zh-CN' } } }),
  ],
  devToolbar: { enabled: false },
  vite: { cacheDir: './.cache/vite' },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The site's files (relative path → text) for the corpus's files: every lesson, and a home page. */
export function starlightSiteFiles(corpusFiles: ReadonlyMap<string, string>): Map<string, string> {
  const files = new Map<string, string>([
    ['astro.config.mjs', CONFIG],
    ['src/content.config.ts', CONTENT_CONFIG],
    ...plainComponentFiles(),
    [
      'src/components/lesson.ts',
      Object.entries(LESSON_COMPONENTS)
        .map(([name, plain]) => `export { default as ${name} } from './${plain}.astro';\n`)
        .join(''),
    ],
    ['src/content/docs/index.mdx', `---\ntitle: ${JSON.stringify(SITE_NAME)}\n---\n\n课程。\n`],
  ]);
  for (const [path, text] of corpusFiles) {
    const target = starlightLessonPath(path);
    if (target) files.set(target, starlightLesson(text));
  }
  return files;
}
