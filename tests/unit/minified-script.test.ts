import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifiedScript } from '../../src/vite-plugins/minified-script.mjs';

const source = `// A comment that must not reach the page.
(function (d) {
  var storageKey = '__PROGRESS_KEY__';
  try {
    d.title = localStorage.getItem(storageKey) + __VERSION__;
  } catch (err) {
    // Storage blocked.
  }
})(document);
`;

/** Runs the plugin's load hook the way Vite would for `id`. */
async function load(id: string): Promise<string | null> {
  const { load } = minifiedScript() as {
    load: { filter: { id: RegExp }; handler: (this: unknown, id: string) => Promise<string | null> };
  };
  // Rolldown calls the handler only for ids its filter matches.
  if (!load.filter.id.test(id)) return null;
  return load.handler.call(
    {
      addWatchFile() {},
      error: (message: string) => {
        throw new Error(message);
      },
    },
    id,
  );
}

describe('the ?minified import', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'hj-min-')), 'inline.js');
  writeFileSync(file, source);

  it('gives the file minified, as a string, with the names the page fills in left intact', async () => {
    const module = await load(`${file}?minified`);
    const code = JSON.parse(module!.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(code).not.toContain('comment');
    expect(code).not.toContain('\n');
    expect(code).toContain('__PROGRESS_KEY__');
    expect(code).toContain('__VERSION__');
    expect(code.length).toBeLessThan(source.length / 2);
    // ES2015 for older phone browsers: a catch clause keeps its binding.
    expect(code).toMatch(/catch\(\w+\)/);
  });

  it('leaves every other import to Vite', async () => {
    expect(await load(file)).toBeNull();
    expect(await load(`${file}?raw`)).toBeNull();
  });
});
