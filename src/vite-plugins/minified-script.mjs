import { readFile } from 'node:fs/promises';
import { minifySync } from 'vite';

const QUERY = '?minified';

/**
 * `import code from '../client/x.js?minified'` gives the file's source minified, as a string: for scripts
 * inlined into every page (Base.astro), where each byte counts against the reading page's 1 KB.
 * Names in __CAPS__ stay as they are for the page to fill in. Syntax is kept to ES2015 for the
 * older phone browsers the inline script still serves.
 * @returns {import('vite').Plugin}
 */
export function minifiedScript() {
  return {
    name: 'minified-script',
    enforce: 'pre',
    load: {
      // Rolldown skips every other module without calling into JavaScript.
      filter: { id: /\?minified$/ },
      async handler(id) {
        if (!id.endsWith(QUERY)) return null;
        const file = id.slice(0, -QUERY.length);
        this.addWatchFile(file);
        const { code, errors } = minifySync(file, await readFile(file, 'utf8'), {
          compress: { target: 'es2015' },
          mangle: true,
        });
        if (errors.length > 0) this.error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
        return `export default ${JSON.stringify(code.trim())};`;
      },
    },
  };
}
