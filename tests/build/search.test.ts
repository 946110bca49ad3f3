import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preciseSearch, screenOptions, type PagefindLike } from '../../src/lib/search/precise';
import { builtPages } from '../../tooling/dist-files';
import { ROOT_DIST, SUB_BASE, SUB_DIST } from '../../tooling/dirs';
import { serveStatic, type StaticServer } from '../../tooling/serve';
import { pagefindIn } from '../support/pagefind-node';
import { parse } from 'yaml';
import { bareTerm, decodeGlossary, glossaryHits } from '../../src/lib/search/glossary';
import { decodeSuggestData, suggestQuery, type SuggestIndex } from '../../src/lib/search/suggest';
import { ABSENT, FOUND, GLOSSARY_FIRST, TYPOS } from './search-queries';

/** The glossary as authored: where the expected terms come from. */
const GLOSSARY: { id: string; term: string }[] = parse(readFileSync('content/glossary.yaml', 'utf8')).terms;

/** The visible text of every built page, to check the premises of the absent-word cases. */
const siteText = builtPages(ROOT_DIST)
  .map((f) => readFileSync(f, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' '))
  .join('\n');

/** Pages whose indexed text (the Pagefind body) holds every one of `words`, as paths. */
function pagesWithAll(words: string[]): string[] {
  return builtPages(ROOT_DIST)
    .filter((f) => {
      const body = /data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(readFileSync(f, 'utf8'))?.[1] ?? '';
      const text = body.replace(/<[^>]+>/g, '');
      return words.every((w) => text.includes(w));
    })
    .map((f) => f.slice(ROOT_DIST.length + 1).replace(/index\.html$/, ''))
    .sort();
}

describe('the query table', () => {
  const lessons = builtPages(ROOT_DIST).map((f) => f.slice(ROOT_DIST.length + 1).replace(/index\.html$/, ''));
  const modules = new Set(lessons.filter((p) => /^modules\/[^/]+\/$/.test(p)).map((p) => p.split('/')[1]));

  it('has at least 30 queries, each expecting a lesson the build made', () => {
    expect(new Set(FOUND.map((f) => f.query)).size).toBeGreaterThanOrEqual(30);
    expect(FOUND.map((f) => f.lesson).filter((l) => !lessons.includes(l))).toEqual([]);
  });

  it('asks for every module of the site at least once', () => {
    expect([...modules].filter((m) => !FOUND.some((f) => f.lesson.startsWith(`modules/${m}/`)))).toEqual([]);
  });
});

describe('the typos really are typos: the site never has them', () => {
  it.each(TYPOS)('$typo', ({ typo, meant }) => {
    expect(siteText.includes(typo)).toBe(false);
    expect(siteText.includes(meant)).toBe(true);
  });
});

describe('the absent words really are absent, though their characters are not', () => {
  it.each(ABSENT)('%s', (word) => {
    expect(siteText.includes(word)).toBe(false);
    for (const char of word) expect(siteText.includes(char), char).toBe(true);
  });
});

describe.each([
  { name: 'at the domain root', dist: ROOT_DIST, base: '/' },
  { name: 'under a sub-path', dist: SUB_DIST, base: SUB_BASE },
])('Chinese search $name', ({ dist, base }) => {
  let server: StaticServer;
  let api: PagefindLike;
  let suggestions: SuggestIndex;
  // The first screen exactly as the dialog asks for it (want, batch and cap on checks).
  const search = (query: string, filters?: Record<string, string>) =>
    preciseSearch(api, query, { ...screenOptions(), filters });
  beforeAll(async () => {
    server = await serveStatic(dist, base);
    api = await pagefindIn(dist, server.url, base);
    suggestions = decodeSuggestData(await (await fetch(`${server.url}search/suggest.json`)).json())!;
  });
  afterAll(() => server.close());

  it.each(FOUND)('“$query” finds $lesson in the top three', async ({ query, lesson }) => {
    const { hits } = await search(query);
    expect(hits.slice(0, 3).map((h) => h.url.split('#')[0])).toContain(base + lesson);
  });

  it.each(ABSENT)('“%s”, found nowhere on the site, returns nothing', async (query) => {
    expect((await search(query)).hits).toEqual([]);
  });

  it.each(TYPOS)('“$typo” finds nothing, suggests $meant, and that finds $lesson', async ({ typo, meant, lesson }) => {
    expect((await search(typo)).hits).toEqual([]);
    expect(suggestQuery(suggestions, typo).suggestions[0]?.text).toBe(meant);
    const { hits } = await search(meant);
    expect(hits.slice(0, 3).map((h) => h.url)).toContain(base + lesson);
  });

  it.each(ABSENT)('“%s” gets no suggestion either', (query) => {
    expect(suggestQuery(suggestions, query).suggestions).toEqual([]);
  });

  it.each(GLOSSARY_FIRST)('the glossary entry %s is the first result for its own term', async (id) => {
    const glossary = decodeGlossary(await (await fetch(`${server.url}search/glossary.json`)).json())!;
    const term = GLOSSARY.find((g) => g.id === id)!.term;
    const [first] = glossaryHits(glossary, [bareTerm(term)]);
    expect(first).toMatchObject({ url: `${base}glossary/`, anchor: id, title: term });
    const page = await (await fetch(server.origin + first!.url)).text();
    expect(page).toContain(`id="${id}"`);
  });

  it('lands every result at a section its page really has', async () => {
    const queries = FOUND.slice(0, 12);
    const anchored = new Set<string>();
    for (const { query } of queries) {
      for (const hit of (await search(query)).hits.filter((h) => h.anchor)) {
        anchored.add(query);
        const page = await (await fetch(server.origin + hit.url)).text();
        expect(page, `${query}: ${hit.url}#${hit.anchor}`).toContain(`id="${hit.anchor}"`);
      }
    }
    // Lessons are long: every query lands on a section, so the check above ran for each.
    expect([...queries.map((f) => f.query)].filter((q) => !anchored.has(q))).toEqual([]);
  });

  it('highlights the whole term in excerpts, not its first character', async () => {
    const { hits } = await search('委托投票');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.excerpt.filter((s) => s.marked).map((s) => s.text)).toContain('委托投票');
  });

  it('requires every space-separated word on each result page', async () => {
    // Uncapped, so the counts compare whole result sets rather than two full first screens.
    const all = { want: 1000, maxChecks: 1000 };
    const both = await preciseSearch(api, '委托 三人', all);
    const one = await preciseSearch(api, '委托', all);
    expect(both.complete && one.complete).toBe(true);
    const pages = (r: typeof both) => [...new Set(r.hits.map((h) => h.url.split('#')[0]!.slice(base.length)))].sort();
    expect(pages(both)).toEqual(pagesWithAll(['委托', '三人']));
    expect(pages(one)).toEqual(pagesWithAll(['委托']));
    expect(pages(both).length).toBeGreaterThan(0);
    expect(pages(both).length).toBeLessThan(pages(one).length);
    for (const hit of both.hits) {
      const marked = new Set(hit.excerpt.filter((s) => s.marked).map((s) => s.text));
      expect(marked.has('委托') || marked.has('三人')).toBe(true);
    }
  });

  it('shows module and lesson title, and can be narrowed to one module', async () => {
    const all = await search('选举');
    const only = await search('选举', { module: '换届总览与目标要求' });
    expect(only.hits.length).toBeGreaterThan(0);
    expect(only.hits.every((h) => h.module === '换届总览与目标要求' && h.title.length > 0)).toBe(true);
    expect(all.hits.some((h) => h.module !== '换届总览与目标要求')).toBe(true);
  });

  it('links every result under the base, to a page the server really has', async () => {
    for (const hit of (await search('选举')).hits) {
      expect(hit.url.startsWith(base)).toBe(true);
      const res = await fetch(server.origin + hit.url.split('#')[0]);
      expect(res.status, hit.url).toBe(200);
    }
  });
});

describe('Pagefind’s script in the built site', () => {
  it('is minified (the queries above run it)', () => {
    expect(readFileSync(`${ROOT_DIST}/pagefind/pagefind.js`, 'utf8')).not.toContain('compressed_resp');
  });
});
