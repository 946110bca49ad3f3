/**
 * Pagefind's browser script, made lighter for a phone after Pagefind has written it:
 *   - minified: Pagefind strips whitespace but keeps every name in full (47 → 32 KB), which a host
 *     serving it uncompressed makes a phone wait for before its first search;
 *   - its files inflated by the browser (DecompressionStream) instead of its JavaScript inflate:
 *     the WebAssembly, the metadata, each index chunk and fragment is gzip, and inflating them in
 *     JavaScript took about 0.13 s of a first search at CPU ×4. Browsers without the stream
 *     (before Chrome 80, iOS 16.4) keep Pagefind's own inflate.
 * Every place it decompresses is inside an async function, so awaiting there keeps its order.
 */
import { transformSync } from 'esbuild';

/** Where Pagefind 1.6's script decompresses; each must be found exactly this often. */
const EDITS = [
  { from: 'decompress(data,file="unknown file"){', to: 'async decompress(data,file="unknown file"){', times: 1 },
  {
    from: 'data=gz_default(data);',
    to: 'data=typeof DecompressionStream=="function"?new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer()):gz_default(data);',
    times: 1,
  },
  { from: '=this.decompress(', to: '=await this.decompress(', times: 5 },
];

export interface LighterScript {
  code: string;
  /** False when Pagefind's script no longer has the expected shape: it is then only minified. */
  nativeInflate: boolean;
}

export function lighterPagefindScript(source: string): LighterScript {
  const fits = EDITS.every(({ from, times }) => source.split(from).length - 1 === times);
  const edited = fits ? EDITS.reduce((code, { from, to }) => code.replaceAll(from, to), source) : source;
  return { code: transformSync(edited, { minify: true, format: 'esm' }).code, nativeInflate: fits };
}
