import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  /** Inline scripts (already inside `html`) and script files. */
  js: number;
  /** Of `js`, the inline scripts: `html + css + js - inlineJs` is what goes over the wire. */
  inlineJs: number;
  /** The files counted, for the printed report. */
  files: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** The file in `dist` a site URL names. */
const inDist = (dist: string, base: string) => (url: string) =>
  join(dist, url.startsWith(base) ? url.slice(base.length) : url);

/**
 * Gzip bytes a browser fetches to show `page` before the reader does anything: the HTML, every
 * stylesheet, inline scripts, module scripts, island components and their renderer, with their
 * static imports. Dynamic import() chunks (search, loaded on first use) are not counted.
 */
export function pageWeight(dist: string, base: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  // Scripts and stylesheets inside <template> are inert until the reader asks for them (the search loader).
  const live = html.replace(/<template[\s\S]*?<\/template>/g, '');
  const local = inDist(dist, base);
  const files: string[] = [];
  let css = 0;
  let js = 0;

  for (const [, body] of live.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(body!);
  for (const [, href] of live.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    files.push(href!);
    css += gz(readFileSync(local(href!)));
  }

  // Inline scripts travel in the HTML's own gzip stream: counted together, as one.
  const inline = [...live.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs, body]) => !/type="application\/(ld\+)?json"/.test(attrs!) && body!.trim())
    .map(([, , body]) => body)
    .join('\n');
  const inlineJs = inline ? gz(inline) : 0;
  js += inlineJs;
  const modules = moduleWeight(local, [
    ...[...live.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...live.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ]);
  js += modules.js;
  files.push(...modules.files);
  return { html: gz(html), css, js, inlineJs, files };
}

/**
 * Gzip bytes of a page's first visit, every file: the page (inline scripts included), its
 * stylesheets and scripts, and the offline worker's registration it loads once the page has
 * loaded (`<template data-sw-loader>`), as a reader's browser fetches them before any tap.
 */
export function firstVisit(dist: string, base: string, page: string): number {
  const w = pageWeight(dist, base, page);
  return w.html + w.css + w.js - w.inlineJs + loaderWeight(dist, base, page, 'sw').js;
}

/** Gzip bytes of script files and everything they import statically, each file counted once. */
function moduleWeight(local: (url: string) => string, entries: string[]): { js: number; files: string[] } {
  const seen = new Set<string>();
  const queue = [...entries];
  const files: string[] = [];
  let js = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    files.push(url);
    const code = readFileSync(local(url), 'utf8');
    js += gz(code);
    for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(spec!, `http://x${url}`).pathname);
    }
  }
  return { js, files };
}

/**
 * Gzip bytes of the code waiting in `<template data-NAME-loader>` on `page` (with its static
 * imports): what the page fetches when the inline script clones it in, e.g. the search marks
 * when the URL carries `hl`. Throws when the page has no such template.
 */
export function loaderWeight(dist: string, base: string, page: string, name: string): { js: number; files: string[] } {
  const html = readFileSync(join(dist, page), 'utf8');
  const template = new RegExp(`<template data-${name}-loader>([\\s\\S]*?)</template>`).exec(html)?.[1];
  if (template === undefined) throw new Error(`${page} has no <template data-${name}-loader>`);
  const local = inDist(dist, base);
  return moduleWeight(
    local,
    [...template.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** The parts of a reading page that `htmlParts` weighs, as they are written in its HTML. */
const PARTS: [name: string, pattern: RegExp][] = [
  ['lesson text (the article)', /<article\b[\s\S]*?<\/article>/g],
  ['inline scripts', /<script>[\s\S]*?<\/script>/g],
  ['sidebar', /<nav class="sidebar"[\s\S]*?<\/nav>/g],
  ['loaders (templates)', /<template\b[\s\S]*?<\/template>/g],
  ['footer', /<footer\b[\s\S]*?<\/footer>/g],
  ['header', /<header\b[\s\S]*?<\/header>/g],
  ['content security policy', /<meta http-equiv="content-security-policy"[^>]*>/g],
];

/**
 * What each part of a page's HTML costs in gzip bytes: how much smaller the page would be without
 * it (parts share words, so the costs add up to a little less than the whole). A part the page
 * does not have costs 0; `rest` is the page less all the parts.
 */
export function htmlParts(html: string): { parts: { name: string; bytes: number }[]; rest: number } {
  const whole = gz(html);
  const parts = PARTS.map(([name, pattern]) => ({ name, bytes: whole - gz(html.replace(pattern, '')) }));
  return { parts, rest: gz(PARTS.reduce((rest, [, pattern]) => rest.replace(pattern, ''), html)) };
}
