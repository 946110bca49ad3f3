/**
 * An island that hydrates at load (`client:load`) fetches its component, which names its chunks,
 * which name theirs: on a phone each level is another round trip before the page can draw (the
 * task page's content waited three). After the build, each such page lists the whole chain as
 * <link rel="modulepreload"> in its head, so the browser fetches it at once, in parallel. Islands
 * that wait (`client:visible`, `client:idle`) are left alone: their code is not needed at load.
 * Applied to every page by tooling/page-rewrites.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not those it
 * may import later (`import("./x.js")`).
 * @param {string} js
 */
export function staticImports(js) {
  return [...js.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)].map(([, path]) =>
    path.slice(2),
  );
}

/**
 * The page with a modulepreload link for every module its load-time islands need.
 * @param {string} html
 * @param {(url: string) => string | undefined} readModule the module at a page URL, if built
 */
export function withIslandPreloads(html, readModule) {
  /** @type {Set<string>} */
  const urls = new Set();
  const visit = (/** @type {string} */ url) => {
    if (urls.has(url)) return;
    const js = readModule(url);
    if (js === undefined) return;
    urls.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const file of staticImports(js)) visit(dir + file);
  };
  for (const [island] of html.matchAll(/<astro-island\s[^>]*>/g)) {
    if (!/\sclient="load"/.test(island)) continue;
    for (const [, url] of island.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)) visit(url);
  }
  const head = html.slice(0, html.indexOf('</head>'));
  const missing = [...urls].filter((url) => !head.includes(`href="${url}"`));
  if (!missing.length) return html;
  const links = missing.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.replace('</head>', () => `${links}</head>`);
}

/**
 * Reads a built module by its URL in a page, for withIslandPreloads (`dir`, the output folder).
 * @param {string} dir
 * @returns {(url: string) => string | undefined}
 */
export function builtModules(dir) {
  /** @type {Map<string, string | undefined>} Pages share their islands' chunks: each is read once. */
  const read = new Map();
  return (url) => {
    if (read.has(url)) return read.get(url);
    const at = url.indexOf('/_astro/');
    const file = at < 0 ? '' : join(dir, url.slice(at + 1));
    const code = file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    read.set(url, code);
    return code;
  };
}
