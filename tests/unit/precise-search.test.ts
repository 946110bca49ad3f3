import { describe, expect, it } from 'vitest';
import {
  makeExcerpt,
  parseQuery,
  preciseSearch,
  scorePage,
  type PagefindData,
  type PagefindLike,
} from '../../src/lib/search/precise';

describe('parseQuery', () => {
  it('splits on ASCII and full-width spaces, normalises width and case, drops repeats', () => {
    expect(parseQuery(' 选民\u3000名单  选民 ＡＢ１ ')).toEqual(['选民', '名单', 'ab1']);
    expect(parseQuery('   ')).toEqual([]);
  });
});

describe('scorePage', () => {
  it('needs every term, exactly', () => {
    expect(scorePage('选民名单在选举日前二十日公布', '', ['选民', '名单'])).not.toBeNull();
    expect(scorePage('选民名单在选举日前二十日公布', '', ['区块链'])).toBeNull();
    // Characters of the term scattered over the page are not the term.
    expect(scorePage('社区的区域，板块，链条', '', ['区块链'])).toBeNull();
  });

  it('ranks a term in the title above a passing mention', () => {
    const inTitle = scorePage('…', '委托投票', ['委托投票'])!;
    const inText = scorePage('可以委托投票。也可以委托投票。', '投票', ['委托投票'])!;
    expect(inTitle).toBeGreaterThan(inText);
  });
});

describe('makeExcerpt', () => {
  it('marks every occurrence of the whole term, not its first character', () => {
    const segments = makeExcerpt('登记参加选举的村民外出的，可以书面委托近亲属委托投票。', ['委托']);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['委托', '委托']);
    expect(segments.map((s) => s.text).join('')).toBe('登记参加选举的村民外出的，可以书面委托近亲属委托投票。');
  });

  it('centres on the first match and shows where text was cut', () => {
    const text = `${'前'.repeat(100)}另行选举${'后'.repeat(200)}`;
    const segments = makeExcerpt(text, ['另行选举'], 10);
    expect(segments[0]).toEqual({ text: '…', marked: false });
    expect(segments.at(-1)).toEqual({ text: '…', marked: false });
    expect(segments.find((s) => s.marked)?.text).toBe('另行选举');
  });

  it('keeps markup in page text as plain text', () => {
    const segments = makeExcerpt('<img src=x onerror=alert(1)> 选民', ['选民']);
    expect(segments[0]!.text).toContain('<img src=x onerror=alert(1)>');
  });
});

/** A stand-in for Pagefind: loose like the real one (any shared character is a candidate). */
function fakePagefind(pages: { url: string; title: string; content: string }[]): PagefindLike & { fetched: number } {
  const api = {
    fetched: 0,
    async search(query: string) {
      const chars = new Set([...query.replace(/\s/g, '')]);
      const results = pages
        .filter((p) => [...chars].some((c) => p.content.includes(c)))
        .map((p) => ({
          id: p.url,
          data: async (): Promise<PagefindData> => {
            api.fetched++;
            return { url: p.url, content: p.content, meta: { title: p.title }, filters: { module: ['测试模块'] } };
          },
        }));
      return { results };
    },
  };
  return api;
}

describe('preciseSearch', () => {
  const pages = [
    { url: '/a/', title: '选民登记', content: '选民名单在选举日前二十日公布。' },
    { url: '/b/', title: '投票', content: '可以书面委托近亲属投票。选民名单另行公布。' },
    { url: '/c/', title: '社区', content: '社区的区域划分。' },
  ];

  it('returns only pages containing the exact term, saying the check was complete', async () => {
    const found = await preciseSearch(fakePagefind(pages), '区块链');
    expect(found).toMatchObject({ hits: [], complete: true });
  });

  it('treats space-separated words as all required', async () => {
    const found = await preciseSearch(fakePagefind(pages), '选民 委托');
    expect(found.hits.map((h) => h.url)).toEqual(['/b/']);
  });

  it('puts the page with the term in its title first', async () => {
    const found = await preciseSearch(fakePagefind(pages), '选民');
    expect(found.hits.map((h) => h.url)).toEqual(['/a/', '/b/']);
    expect(found.hits[0]).toMatchObject({ title: '选民登记', module: '测试模块' });
  });

  it('stops fetching once the first screen is full', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ url: `/p${i}/`, title: `第${i}页`, content: '选民名单' }));
    const api = fakePagefind(many);
    const found = await preciseSearch(api, '选民', { want: 5, batch: 5 });
    expect(found.hits).toHaveLength(5);
    expect(api.fetched).toBe(5);
    expect(found.complete).toBe(false);
  });

  it('caps the pages checked for a word found nowhere', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ url: `/p${i}/`, title: '', content: '区' }));
    const api = fakePagefind(many);
    const found = await preciseSearch(api, '区块链', { maxChecks: 12 });
    expect(found.hits).toEqual([]);
    expect(api.fetched).toBe(12);
  });

  it('fetches only as many pages as results are still missing from the screen', async () => {
    // Every other page has the term: after six checks three results are missing, so three more are fetched.
    const half = Array.from({ length: 40 }, (_, i) => ({
      url: `/p${i}/`,
      title: '',
      content: i % 2 === 0 ? '选民名单' : '选举',
    }));
    const api = fakePagefind(half);
    const found = await preciseSearch(api, '选民', { want: 6, batch: 6 });
    expect(found.hits).toHaveLength(6);
    // 6 checked (3 hits), then 3 (2 hits), then 1 (a miss), then 1 (the sixth): 11, not two full rounds of 12.
    expect(api.fetched).toBe(11);
  });

  it('hands over each hit as soon as it is checked, before the search ends', async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ url: `/p${i}/`, title: '', content: '选民名单' }));
    const seen: string[] = [];
    let endedWith = -1;
    const found = preciseSearch(fakePagefind(many), '选民', { want: 4, onHit: (h) => seen.push(h.url) }).then((r) => {
      endedWith = seen.length;
      return r;
    });
    expect((await found).hits).toHaveLength(4);
    expect(endedWith).toBe(4);
    expect(seen).toHaveLength(4);
  });

  it('lands at the heading before the first occurrence', async () => {
    const api: PagefindLike = {
      async search() {
        return {
          results: [
            {
              id: 'x',
              data: async () => ({
                url: '/x/',
                content: '标题. 导语。 第一节. 无关。 第二节. 秘密写票处要设好。',
                meta: { title: '标题' },
                anchors: [
                  { element: 'h2', id: 'one', text: '第一节', location: 2 },
                  { element: 'h2', id: 'two', text: '第二节', location: 4 },
                ],
              }),
            },
          ],
        };
      },
    };
    const [hit] = (await preciseSearch(api, '秘密写票处')).hits;
    expect(hit).toMatchObject({ url: '/x/', anchor: 'two' });
    expect(hit!.excerpt.find((s) => s.marked)?.text).toBe('秘密写票处');
  });
});
