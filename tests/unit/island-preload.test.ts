import { describe, expect, it } from 'vitest';
import { staticImports, withIslandPreloads } from '../../tooling/island-preload.mjs';

const MODULES: Record<string, string> = {
  '/training/_astro/TaskApp.a1.js':
    'import{C as e,E as t}from"./islands.b2.js";import"./record.c3.js";const l=()=>import("./QrEncoder.d4.js");',
  '/training/_astro/islands.b2.js': 'import{x}from"./record.c3.js";export const C=1,E=2;',
  '/training/_astro/record.c3.js': 'export const x=1;',
  '/training/_astro/QrEncoder.d4.js': 'export default 1;',
  '/training/_astro/client.e5.js': 'export{t as default}from"./islands.b2.js";',
  '/training/_astro/Check.f6.js': 'import"./islands.b2.js";',
};
const read = (url: string) => MODULES[url];
const page = (islands: string) =>
  `<html><head><title>任务</title><link rel="modulepreload" href="/training/pagefind/pagefind.js"></head><body>${islands}</body></html>`;
const island = (client: string, component: string) =>
  `<astro-island uid="1" component-url="/training/_astro/${component}" renderer-url="/training/_astro/client.e5.js" client="${client}"></astro-island>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('modulepreload links for islands that hydrate at load', () => {
  it('reads static imports and leaves dynamic ones to load later', () => {
    expect(staticImports(MODULES['/training/_astro/TaskApp.a1.js']!)).toEqual(['islands.b2.js', 'record.c3.js']);
    expect(staticImports(MODULES['/training/_astro/client.e5.js']!)).toEqual([]);
  });

  it("lists a load-time island's whole static chain and its renderer once each, under the site's base", () => {
    const html = withIslandPreloads(page(island('load', 'TaskApp.a1.js')), read);
    expect(preloads(html)).toEqual([
      '/training/pagefind/pagefind.js',
      '/training/_astro/TaskApp.a1.js',
      '/training/_astro/islands.b2.js',
      '/training/_astro/record.c3.js',
      '/training/_astro/client.e5.js',
    ]);
    expect(html.indexOf('modulepreload" href="/training/_astro')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves a page alone whose islands wait to be seen, and a page without islands', () => {
    const waiting = page(island('visible', 'Check.f6.js'));
    expect(withIslandPreloads(waiting, read)).toBe(waiting);
    expect(withIslandPreloads(page(''), read)).toBe(page(''));
  });

  it('does not list a module twice when the page already preloads it', () => {
    const once = withIslandPreloads(page(island('load', 'TaskApp.a1.js')), read);
    expect(withIslandPreloads(once, read)).toBe(once);
  });
});
