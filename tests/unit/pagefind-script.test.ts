import { describe, expect, it } from 'vitest';
import { minifiedPagefindScript } from '../../tooling/search/pagefind-script';

/** Written the way Pagefind 1.6 writes its script: no whitespace, every name in full. */
const PAGEFIND_LIKE = `const pagefind_version="1.6.0";class PagefindInstance{constructor(){this.searchMeta=null}
async loadMeta(compressed_meta){let decompressed_meta=compressed_meta.toUpperCase();this.searchMeta=decompressed_meta;return this.searchMeta}}
let default_instance=null;const getDefaultInstance=()=>{if(!default_instance){default_instance=new PagefindInstance()}return default_instance};
export const options=async(opts)=>getDefaultInstance().loadMeta(opts.term);export{pagefind_version as version};`;

const load = async (code: string) =>
  (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as {
    options(opts: { term: string }): Promise<string>;
    version: string;
  };

describe('Pagefind’s script, minified', () => {
  it('is shorter: its local names are gone', () => {
    const code = minifiedPagefindScript(PAGEFIND_LIKE);
    expect(code.length).toBeLessThan(PAGEFIND_LIKE.length * 0.8);
    expect(code).not.toContain('decompressed_meta');
  });

  it('keeps its exports and what they do', async () => {
    const minified = await load(minifiedPagefindScript(PAGEFIND_LIKE));
    expect(minified.version).toBe('1.6.0');
    expect(await minified.options({ term: 'pagefind' })).toBe('PAGEFIND');
  });
});
