import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lighterPagefindScript } from '../../tooling/search/pagefind-script';

/**
 * The shape of Pagefind 1.6's script where it decompresses (its files start with a signature once
 * inflated), cut down to run here: `gz_default` stands for its JavaScript inflate and counts calls.
 */
const PAGEFIND_LIKE = `let jsInflates=0;const gz_default=(data)=>{jsInflates++;return globalThis.gunzip(data)};
class PagefindInstance{constructor(){this.decoder=new TextDecoder()}
decompress(data,file="unknown file"){if(this.decoder.decode(data.slice(0,12))==="pagefind_dcd"){return data.slice(12);}data=gz_default(data);if(this.decoder.decode(data.slice(0,12))!=="pagefind_dcd"){return data;}return data.slice(12);}
async loadMeta(b){this.searchMeta=this.decompress(new Uint8Array(b),"Pagefind metadata");}
async loadWasm(b){const final_wasm=this.decompress(new Uint8Array(b),"Pagefind WebAssembly");return final_wasm;}
async loadChunk(b){let chunk=this.decompress(new Uint8Array(b),"chunk");return chunk;}
async loadGroup(b){let fragment=this.decompress(new Uint8Array(b),"group");return fragment;}
async loadFragment(b){let fragment=this.decompress(new Uint8Array(b),"fragment");return fragment;}}
export const instance=new PagefindInstance();export const inflatedInJs=()=>jsInflates;`;

const gzipped = (text: string) => gzipSync(Buffer.from(`pagefind_dcd${text}`));

async function run(code: string) {
  const url = `data:text/javascript,${encodeURIComponent(code)}`;
  return (await import(/* @vite-ignore */ url)) as {
    instance: Record<string, (b: Uint8Array) => Promise<Uint8Array | undefined>> & { searchMeta?: Uint8Array };
    inflatedInJs(): number;
  };
}

describe('Pagefind’s script, made lighter', () => {
  (globalThis as { gunzip?: unknown }).gunzip = (data: Uint8Array) => new Uint8Array(gunzipSync(data));

  it('inflates every kind of file with the browser’s stream and gets the same bytes', async () => {
    const lighter = lighterPagefindScript(PAGEFIND_LIKE);
    expect(lighter.nativeInflate).toBe(true);
    const { instance, inflatedInJs } = await run(lighter.code);
    const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
    await instance.loadMeta!(gzipped('meta'));
    expect(text(instance.searchMeta)).toBe('meta');
    expect(text(await instance.loadWasm!(gzipped('wasm')))).toBe('wasm');
    expect(text(await instance.loadChunk!(gzipped('选民登记')))).toBe('选民登记');
    expect(text(await instance.loadGroup!(gzipped('group')))).toBe('group');
    expect(text(await instance.loadFragment!(gzipped('fragment')))).toBe('fragment');
    expect(inflatedInJs()).toBe(0);
  });

  it('is minified', () => {
    const { code } = lighterPagefindScript(PAGEFIND_LIKE);
    expect(code.length).toBeLessThan(PAGEFIND_LIKE.length);
    expect(code).not.toContain('jsInflates');
  });

  it('is only minified when Pagefind’s script has a shape it does not know', async () => {
    const changed = PAGEFIND_LIKE.replace('let chunk=this.decompress', 'let chunk=this.inflate');
    const lighter = lighterPagefindScript(changed);
    expect(lighter.nativeInflate).toBe(false);
    expect(lighter.code).not.toContain('DecompressionStream');
    const { instance, inflatedInJs } = await run(lighter.code);
    expect(new TextDecoder().decode(await instance.loadFragment!(gzipped('fragment')))).toBe('fragment');
    expect(inflatedInJs()).toBe(1);
  });
});
