import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIST, SUB_BASE, SUB_DIST } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/serve';
import { pagefindIn, type Search } from '../support/pagefind-node';
import { ABSENT, FOUND } from './search-queries';

describe.each([
  { name: 'at the domain root', dist: ROOT_DIST, base: '/' },
  { name: 'under a sub-path', dist: SUB_DIST, base: SUB_BASE },
])('Chinese search $name', ({ dist, base }) => {
  let server: StaticServer;
  let search: Search;
  beforeAll(async () => {
    server = await serveStatic(dist, base);
    search = await pagefindIn(dist, server.url, base);
  });
  afterAll(() => server.close());

  it.each(FOUND)('“$query” finds $lesson in the top three', async ({ query, lesson }) => {
    const hits = await search(query);
    expect(hits.slice(0, 3).map((h) => h.url)).toContain(base + lesson);
  });

  it.each(ABSENT)('“%s”, found nowhere on the site, returns nothing', async (query) => {
    expect(await search(query)).toEqual([]);
  });

  it('results carry the lesson title, the module and an excerpt with the match marked', async () => {
    const hit = (await search('委托投票')).find((h) => h.url === `${base}modules/village-election/voting-and-counting/`);
    expect(hit?.title).toBe('投票、计票与当选');
    expect(hit?.module).toBe('村民委员会选举');
    expect(hit?.excerpt).toMatch(/<mark>委托/);
  });

  it('can be narrowed to one module', async () => {
    const all = await search('选举');
    const overviewOnly = await search('选举', { module: '换届总览与目标要求' });
    expect(overviewOnly.length).toBeGreaterThan(0);
    expect(overviewOnly.length).toBeLessThan(all.length);
    expect(overviewOnly.every((h) => h.module === '换届总览与目标要求')).toBe(true);
  });

  it('resolves every result link under the base, where the server really has it', async () => {
    for (const hit of await search('选举')) {
      expect(hit.url.startsWith(base)).toBe(true);
      const res = await fetch(server.origin + hit.url);
      expect(res.status, hit.url).toBe(200);
    }
  });
});
