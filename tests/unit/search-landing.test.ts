import { describe, expect, it } from 'vitest';
import { findTerms, landingUrl, readLanding } from '../../src/lib/search/landing';
import {
  bareTerm,
  decodeGlossary,
  glossaryHits,
  orderResults,
  type GlossaryDataV1,
} from '../../src/lib/search/glossary';
import { sectionOf, type PagefindAnchor } from '../../src/lib/search/page-match';
import type { Hit } from '../../src/lib/search/precise';

describe('the link to a passage', () => {
  it('carries the section both as the fragment and in a versioned query parameter', () => {
    const url = landingUrl('/training/modules/a/b/', { anchor: '委托投票的规则', terms: ['委托投票'] });
    const parsed = new URL(url, 'https://x.test');
    expect(parsed.pathname).toBe('/training/modules/a/b/');
    expect(decodeURIComponent(parsed.hash)).toBe('#委托投票的规则');
    expect(parsed.searchParams.get('hl')).toBe('1|委托投票的规则|委托投票');
  });

  it('is read back with WeChat’s own parameters added and the fragment dropped', () => {
    const url = new URL(landingUrl('/m/l/', { anchor: 'x', terms: ['委托', '三人'] }), 'https://x.test');
    url.hash = '';
    url.searchParams.append('from', 'singlemessage');
    url.searchParams.append('isappinstalled', '0');
    expect(readLanding(url.search)).toEqual({ anchor: 'x', terms: ['委托', '三人'] });
  });

  it('lands at the top of the page when there is no section', () => {
    const url = landingUrl('/m/l/', { anchor: '', terms: ['罢免'] });
    expect(url).not.toContain('#');
    expect(readLanding(new URL(url, 'https://x.test').search)).toEqual({ anchor: '', terms: ['罢免'] });
  });

  it.each(['', '?hl=', '?hl=2|a|b', '?hl=1|a', '?hl=1|a|%20', '?q=1', '?hl=%E0%A4%A'])(
    'ignores a missing, damaged or unknown parameter: %s',
    (search) => {
      expect(readLanding(search)).toBeNull();
    },
  );
});

describe('findTerms', () => {
  it('finds every whole occurrence, longer terms first where two start together', () => {
    expect(findTerms('委托投票，书面委托', ['委托', '委托投票'])).toEqual([
      [0, 4],
      [7, 9],
    ]);
    expect(findTerms('ＡＢ and ab', ['ab'])).toEqual([
      [0, 2],
      [7, 9],
    ]);
    expect(findTerms('无关', ['委托'])).toEqual([]);
  });
});

describe('sectionOf', () => {
  const content = '课题. 导语提到委托。 规则. 书面委托投票。 限制. 委托投票不超过三人。';
  const anchors: PagefindAnchor[] = [
    { element: 'h2', id: 'gui-ze', text: '规则', location: 3 },
    { element: 'h2', id: 'xian-zhi', text: '限制', location: 6 },
    { element: 'div', id: 'box', text: '', location: 7 },
  ];

  it('lands at the section of the first occurrence', () => {
    expect(sectionOf(content, anchors, ['委托投票']).anchor).toBe('gui-ze');
    expect(sectionOf(content, anchors, ['三人']).anchor).toBe('xian-zhi');
  });

  it('prefers a heading that names the term', () => {
    expect(
      sectionOf(
        content,
        [...anchors, { element: 'h3', id: 'shu-mian', text: '书面委托投票', location: 4 }],
        ['委托投票'],
      ).anchor,
    ).toBe('shu-mian');
    expect(
      sectionOf('甲. 三人以内。 三人. 正文。', [{ element: 'h2', id: 'san-ren', text: '三人', location: 2 }], ['三人'])
        .anchor,
    ).toBe('san-ren');
  });

  it('lands at the top when the term comes before any heading', () => {
    expect(sectionOf(content, anchors, ['导语']).anchor).toBe('');
  });
});

describe('glossary entries as results', () => {
  const glossary: GlossaryDataV1 = {
    version: 1,
    page: '/training/glossary/',
    entries: [
      { id: 'cun-min-xuan-ju-wei-yuan-hui', term: '村民选举委员会', definition: '主持村民委员会选举的机构。' },
      { id: 'yi-jian-tiao', term: '一肩挑', definition: '书记经法定程序兼任主任。' },
      { id: 'cha-e', term: '差额选举', definition: '候选人多于应选人数的选举。' },
      { id: 'ling-xing', term: '另行选举', definition: '当选人数不足时再选。' },
      { id: 'liang-wei', term: '“两委”', definition: '两个委员会的合称。' },
    ],
  };

  it('puts the entry whose term is the query first, quotes aside', () => {
    expect(glossaryHits(glossary, ['一肩挑']).map((h) => h.anchor)).toEqual(['yi-jian-tiao']);
    expect(glossaryHits(glossary, ['两委'])[0]).toMatchObject({ anchor: 'liang-wei', url: '/training/glossary/' });
    expect(bareTerm('主体责任（换届）')).toBe('主体责任');
  });

  it('adds at most two entries that contain the query, shortest first', () => {
    expect(glossaryHits(glossary, ['选举']).map((h) => h.title)).toEqual(['差额选举', '另行选举']);
  });

  it('needs every word in the term', () => {
    expect(glossaryHits(glossary, ['选举', '村民']).map((h) => h.title)).toEqual(['村民选举委员会']);
    expect(glossaryHits(glossary, ['区块链'])).toEqual([]);
  });

  const page = (n: number): Hit => ({
    url: `/training/p${n}/`,
    anchor: '',
    title: `课${n}`,
    excerpt: [],
    score: 10 - n,
  });
  const pages = [1, 2, 3, 4, 5].map(page);
  const titles = (hits: Hit[]) => hits.map((h) => h.title);

  it('puts the entry for the query’s own term before every page', () => {
    expect(titles(orderResults(glossaryHits(glossary, ['另行选举']), pages))).toEqual([
      '另行选举',
      '课1',
      '课2',
      '课3',
      '课4',
      '课5',
    ]);
    expect(titles(orderResults(glossaryHits(glossary, ['两委']), pages))[0]).toBe('“两委”');
  });

  it('puts entries that merely contain the query after the top three pages', () => {
    expect(titles(orderResults(glossaryHits(glossary, ['选举']), pages))).toEqual([
      '课1',
      '课2',
      '课3',
      '差额选举',
      '另行选举',
      '课4',
      '课5',
    ]);
    // With fewer pages than that, after all of them.
    expect(titles(orderResults(glossaryHits(glossary, ['选举']), pages.slice(0, 1)))).toEqual([
      '课1',
      '差额选举',
      '另行选举',
    ]);
    expect(titles(orderResults(glossaryHits(glossary, ['选举']), []))).toEqual(['差额选举', '另行选举']);
  });

  it('decodes only version 1', () => {
    expect(decodeGlossary(glossary)).toEqual(glossary);
    expect(decodeGlossary({ ...glossary, version: 2 })).toBeNull();
    expect(decodeGlossary({ version: 1, page: '/', entries: [{ id: 1 }] })).toBeNull();
  });
});
