import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const QUERY = '?one-file';

/**
 * `import src from '../client/x.ts?one-file'` gives the URL of `x.ts` bundled with everything it
 * imports into one self-contained ES module (`_astro/x.HASH.js`), for a `<script type="module">`.
 * Vite splits shared code into chunks, and a chunk's imports are found only once it has arrived:
 * the search dialog's code was three requests one after another (loader → Vite's preload helper →
 * the search code), about 0.7 s on a phone. One file is one request. What it shares with other
 * pages (links, the landing marks) is repeated in it, a few hundred bytes. The pages that import
 * it are rendered by Astro's server build, whose own assets do not reach the site, so the files
 * are written into the site when the build is done. In `astro dev` the source itself is served,
 * by Vite, with its imports.
 * @returns {import('astro').AstroIntegration}
 */
export function oneFileScript() {
  /** @type {Map<string, string>} file name in the site → code */
  const bundles = new Map();
  let base = '/';
  let serving = false;
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'one-file-script',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
      serving = config.command === 'serve';
    },
    load: {
      // Rolldown calls the handler only for these ids, not for every module of the build.
      filter: { id: /\?one-file$/ },
      async handler(id) {
        const file = id.slice(0, -QUERY.length);
        if (serving) return `export default ${JSON.stringify(`${base}@fs${file}`)};`;
        const result = await build({
          entryPoints: [file],
          bundle: true,
          write: false,
          format: 'esm',
          minify: true,
          target: 'es2020',
          legalComments: 'none',
          metafile: true,
          define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
          logLevel: 'silent',
        });
        for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
        const code = result.outputFiles[0].text;
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        const fileName = `_astro/${basename(file, extname(file))}.${hash}.js`;
        bundles.set(fileName, code);
        return `export default ${JSON.stringify(base + fileName)};`;
      },
    },
  };
  return {
    name: 'one-file-script',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => updateConfig({ vite: { plugins: [plugin] } }),
      'astro:build:done': ({ dir }) => {
        for (const [fileName, code] of bundles) {
          const path = `${fileURLToPath(dir)}/${fileName}`;
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, code);
        }
      },
    },
  };
}
