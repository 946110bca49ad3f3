import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preact } from '@preact/preset-vite';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { PRESET_JSX_PLUGIN, preactJsxWithoutBabel } from '../../src/vite-plugins/preact-jsx-without-babel.mjs';
import { ROOT } from '../../tooling/dirs.ts';

// The installed preset, called the way @astrojs/preact calls it (always with a `babel` option).
const presetPlugins = () => (preact({ babel: { cwd: ROOT } }) as Plugin[]).flat();
type ConfigResolved = (config: Pick<ResolvedConfig, 'plugins'>) => void;

describe("the installed Preact preset's Babel transform, turned off", () => {
  it('is still a plugin of that name with a transform, so turning it off still does something', () => {
    const jsx = presetPlugins().find((p) => p.name === PRESET_JSX_PLUGIN);
    expect(jsx, `@preact/preset-vite no longer has "${PRESET_JSX_PLUGIN}": update or remove the plugin`).toBeDefined();
    expect(jsx!.transform).toBeTypeOf('function');
  });

  it('has no transform once the config is resolved, and every other plugin is left as it was', () => {
    const plugins = presetPlugins();
    const before = plugins.map((p) => [p.name, p.transform]);
    (preactJsxWithoutBabel().configResolved as ConfigResolved)({ plugins });
    for (const [i, p] of plugins.entries()) {
      if (p.name === PRESET_JSX_PLUGIN) expect(p.transform).toBeUndefined();
      else expect(p.transform).toBe(before[i]![1]);
    }
  });
});

const tsxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsxFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : [],
  );

describe('JSX text the compiler keeps as written', () => {
  it('has no line of JSX text starting with an ideographic space, which oxc trims with the indentation (write {"\\u3000"})', () => {
    const offending = tsxFiles(join(ROOT, 'src/components/islands')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^[ \t]*\u3000/.test(line) ? [`${file.slice(ROOT.length)}:${i + 1}`] : [])),
    );
    expect(offending).toEqual([]);
  });
});
