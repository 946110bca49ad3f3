/**
 * The layering of docs/architecture.md, checked over the real files of src/, tooling/ and
 * scripts/, and the check itself proved on small made-up file sets that break each rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesIn, domGlobalIn, importProblems, importsOf } from '../../tooling/import-rules';
import { ROOT } from '../../tooling/dirs';

const CODE = /\.(ts|tsx|js|mjs|astro)$/;

function projectFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const top of ['src', 'tooling', 'scripts']) {
    for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !CODE.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  }
  return files;
}

const set = (files: Record<string, string>) => new Map(Object.entries(files));

describe('the project’s imports', () => {
  it('break no layering rule and form no cycle', () => {
    const files = projectFiles();
    expect(files.size).toBeGreaterThan(150);
    expect(importProblems(files)).toEqual([]);
  });
});

describe('reading imports', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports, and none in comments', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "import {\n  c,\n  type C,\n} from './c.ts';",
      "export { d } from './d';",
      "export * from './e';",
      "import './f.css';",
      "const g = await import('./g');",
      "// import { h } from './h';",
      "/* import i from './i'; */",
      "export const j = 'from ./j';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: '../b', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: './d', typeOnly: false },
      { specifier: './e', typeOnly: false },
      { specifier: './f.css', typeOnly: false },
      { specifier: './g', typeOnly: false },
    ]);
  });
});

describe('the rules, on made-up files', () => {
  const clean = {
    'src/lib/quiz/a.ts': "import { b } from './b';\nimport { z } from 'zod';",
    'src/lib/quiz/b.ts': 'export const b = 1;',
    'src/data/site.ts': "import { getCollection } from 'astro:content';\nimport { b } from '../lib/quiz/b';",
    'src/components/islands/quiz/Quiz.tsx':
      "import { useState } from 'preact/hooks';\nimport { b } from '../../../lib/quiz/b';\nimport { Box } from '../shared/Box';\nimport { Item } from './Item';",
    'src/components/islands/quiz/Item.tsx': 'export const Item = 1;',
    'src/components/islands/shared/Box.tsx': "import { b } from '../../../lib/quiz/b';\nexport const Box = 1;",
    'tooling/build.ts': "import { b } from '../src/lib/quiz/b.ts';",
    'scripts/run.ts': "import { build } from '../tooling/build.ts';",
  };
  const broken = (files: Record<string, string>) => importProblems(set({ ...clean, ...files }));

  it('finds nothing wrong with files that keep every rule', () => {
    expect(importProblems(set(clean))).toEqual([]);
  });

  it.each([
    [
      'src/lib importing Astro',
      'src/lib/quiz/c.ts',
      "import { getCollection } from 'astro:content';",
      /src\/lib imports no Astro/,
    ],
    [
      'src/lib importing Preact',
      'src/lib/quiz/c.ts',
      "import { h } from 'preact';",
      /src\/lib imports no Astro and no Preact/,
    ],
    [
      'src/lib importing the model',
      'src/lib/quiz/c.ts',
      "import { site } from '../../data/site';",
      /src\/lib imports only src\/lib/,
    ],
    [
      'src/lib importing a component',
      'src/lib/c.ts',
      "import type { Props } from '../components/islands/quiz/Item';",
      /src\/lib imports only src\/lib/,
    ],
    [
      'src importing tooling',
      'src/pages/x.astro',
      "---\nimport { b } from '../../tooling/build';\n---",
      /nothing in src imports tooling/,
    ],
    [
      'src importing a test',
      'src/data/x.ts',
      "import { f } from '../../tests/unit/fixtures';",
      /nothing in src imports tooling, scripts or tests/,
    ],
    [
      'a script importing a test',
      'scripts/x.ts',
      "import { f } from '../tests/support/browser.ts';",
      /scripts never import tests/,
    ],
    [
      'the model importing a page',
      'src/data/x.ts',
      "import P from '../pages/index.astro';",
      /src\/data imports no pages/,
    ],
    [
      'an island importing another feature',
      'src/components/islands/trainer/T.tsx',
      "import { Item } from '../quiz/Item';",
      /the trainer islands import no quiz island/,
    ],
    [
      'an island importing an Astro component',
      'src/components/islands/quiz/Q.tsx',
      "import H from '../../Header.astro';",
      /islands import only src\/lib, Preact/,
    ],
    [
      'an island importing the model',
      'src/components/islands/quiz/Q.tsx',
      "import { site } from '../../../data/site';",
      /islands import only src\/lib, Preact/,
    ],
    [
      'a shared island importing a feature',
      'src/components/islands/shared/S.tsx',
      "import { Item } from '../quiz/Item';",
      /islands\/shared imports no feature island/,
    ],
  ])('reports %s', (_, path, source, why) => {
    const problems = broken({ [path]: source });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(why);
    expect(problems[0]).toContain(path);
  });

  it('reports content read outside src/data, and allows rendering what src/data gives', () => {
    expect(broken({ 'src/components/Term.astro': "---\nimport { getEntry } from 'astro:content';\n---" })).toEqual([
      'src/components/Term.astro calls getEntry: content is read through src/data',
    ]);
    expect(broken({ 'src/pages/x.astro': "---\nimport { render } from 'astro:content';\n---" })).toEqual([]);
    expect(broken({ 'src/data/glossary.ts': "import { getCollection } from 'astro:content';" })).toEqual([]);
  });

  it('reports a link made without src/lib/url.ts', () => {
    expect(
      broken({ 'src/components/islands/quiz/Q.tsx': 'fetch(`${import.meta.env.BASE_URL}modules/a/questions.json`);' }),
    ).toEqual(['src/components/islands/quiz/Q.tsx reads BASE_URL: internal links go through src/lib/url.ts']);
  });

  it('reports a cycle, also when one side imports only types', () => {
    expect(
      broken({
        'src/lib/progress/record.ts': "import { upgrade } from './v1';",
        'src/lib/progress/v1.ts': "import type { Data } from './record';",
      }),
    ).toEqual(['import cycle: src/lib/progress/record.ts -> src/lib/progress/v1.ts -> src/lib/progress/record.ts']);
  });

  it('finds each cycle once, however long', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'b']],
    ]);
    expect(cyclesIn(graph)).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c'],
    ]);
  });

  it('reports browser globals in src/lib outside the allowed files, but not in comments, strings or property names', () => {
    expect(broken({ 'src/lib/quiz/c.ts': 'export const read = () => window.localStorage.getItem("k");' })).toEqual([
      'src/lib/quiz/c.ts uses the browser global window: only DOM_ALLOWED files may',
    ]);
    expect(broken({ 'src/lib/quiz/c.ts': "addEventListener('storage', () => {});" })[0]).toMatch(/addEventListener/);
    expect(domGlobalIn('/** The part of window.localStorage used here. */\nconst s = "document";')).toBeNull();
    expect(domGlobalIn('interface A { location: number }\nconst x = a.location;')).toBeNull();
    expect(broken({ 'src/lib/progress/store.ts': 'export const s = () => window.localStorage;' })).toEqual([]);
  });
});
