import { describe, expect, it } from 'vitest';
import {
  STARLIGHT_VERSION,
  starlightLesson,
  starlightLessonPath,
  starlightPackage,
  starlightSiteFiles,
} from '../../tooling/bench/starlight-site.ts';
import { npmError } from '../../tooling/bench/starlight-install.ts';

const LESSON =
  '---\nmodule: overview-1\norder: 2\ntitle: 工作方案\n---\n\n## 第一节\n\n有<Term id="x">一肩挑</Term>。\n\n<Check ids="overview-1-01" />\n';

describe('a generated lesson in Starlight', () => {
  it('becomes a doc at modules/<module>/<lesson>, the page path our site gives it', () => {
    expect(starlightLessonPath('overview-1/02-work-plan-2.mdx')).toBe(
      'src/content/docs/modules/overview-1/work-plan-2.mdx',
    );
  });

  it('leaves out what is not a lesson: the module, its bank and checklist, the glossary, content pages', () => {
    for (const path of [
      'overview-1/module.yaml',
      'overview-1/questions.yaml',
      'overview-1/checklist.mdx',
      'glossary.yaml',
      'pages/faq.mdx',
    ])
      expect(starlightLessonPath(path)).toBeUndefined();
  });

  it('imports the components it uses right after its frontmatter, the text unchanged', () => {
    const out = starlightLesson(LESSON);
    expect(out.startsWith('---\nmodule: overview-1\norder: 2\ntitle: 工作方案\n---\n\nimport { ')).toBe(true);
    const importLine = out.split('\n').find((line) => line.startsWith('import '))!;
    for (const name of ['KeyPoint', 'LegalBasis', 'RedLine', 'Steps', 'LocalRule', 'Term', 'Check'])
      expect(importLine).toContain(name);
    expect(importLine).toContain("from '../../../../components/lesson.ts'");
    expect(out.endsWith('## 第一节\n\n有<Term id="x">一肩挑</Term>。\n\n<Check ids="overview-1-01" />\n')).toBe(true);
  });
});

describe('the Starlight site', () => {
  const files = starlightSiteFiles(
    new Map([
      ['overview-1/module.yaml', 'title: 概述\n'],
      ['overview-1/01-work-plan-1.mdx', LESSON],
      ['glossary.yaml', 'terms: []\n'],
    ]),
  );

  it('has every lesson, a home page, its config and the plain components, and nothing else of the corpus', () => {
    expect([...files.keys()].sort()).toEqual([
      'astro.config.mjs',
      'src/components/Box.astro',
      'src/components/Nothing.astro',
      'src/components/Term.astro',
      'src/components/lesson.ts',
      'src/content.config.ts',
      'src/content/docs/index.mdx',
      'src/content/docs/modules/overview-1/work-plan-1.mdx',
    ]);
  });

  it('maps each lesson component to the plain one the floor uses; <Check> renders nothing', () => {
    const lessonTs = files.get('src/components/lesson.ts')!;
    expect(lessonTs).toContain("export { default as KeyPoint } from './Box.astro';");
    expect(lessonTs).toContain("export { default as Term } from './Term.astro';");
    expect(lessonTs).toContain("export { default as Check } from './Nothing.astro';");
    expect(files.get('src/components/Nothing.astro')!.trim()).toBe('');
  });

  it('is Starlight with its defaults in Simplified Chinese, built where the bench says', () => {
    const config = files.get('astro.config.mjs')!;
    expect(config).toContain("import starlight from '@astrojs/starlight';");
    expect(config).toContain("lang: 'zh-CN'");
    expect(config).toContain('process.env.OUT_DIR');
    expect(config).not.toContain('sidebar');
  });
});

describe("Starlight's install", () => {
  it('pins the Starlight compared with and this project’s Astro version', () => {
    expect(starlightPackage('7.3.5').dependencies).toEqual({ '@astrojs/starlight': STARLIGHT_VERSION, astro: '7.3.5' });
  });
});

describe('why Starlight could not be installed', () => {
  it('names the failed request when npm could not reach the registry', () => {
    const output = [
      'npm error code ECONNREFUSED',
      'npm error syscall connect',
      'npm error FetchError: request to http://127.0.0.1:9/@astrojs%2fstarlight failed, reason: connect ECONNREFUSED 127.0.0.1:9',
      'npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)',
    ].join('\n');
    expect(npmError(output)).toBe(
      'FetchError: request to http://127.0.0.1:9/@astrojs%2fstarlight failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('gives the first error lines otherwise', () => {
    expect(npmError('npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree\nnpm error\n')).toBe(
      'code ERESOLVE / ERESOLVE unable to resolve dependency tree',
    );
  });
});
