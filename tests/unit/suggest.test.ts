import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { decodeSuggestData, suggestQuery, suggestWord, type SuggestIndex } from '../../src/lib/search/suggest';
import { buildSuggestData, commonCharacters, vocabulary } from '../../src/lib/search/vocabulary';

/** A small site's vocabulary: the terms the typos aim at, and near neighbours that must not win. */
const PHRASES = vocabulary([
  '选民登记',
  '选民登记的条件',
  '登记参加选举的村民',
  '一肩挑',
  '“一肩挑”写进了两部组织法',
  '委托投票',
  '委托投票的三条限制',
  '投票',
  '村民选举委员会',
  '差额选举',
  '等额选举',
  '资格联审',
  '近亲属回避',
  '罢免',
  '银行账户',
  '村务监督委员会',
  '网络舆情',
]);

const index: SuggestIndex = decodeSuggestData(
  JSON.parse(
    JSON.stringify(
      buildSuggestData(
        PHRASES,
        (t) => pinyin(t, { toneType: 'none', v: true, type: 'all' }).map((c) => (c.isZh ? c.pinyin : '')),
        (c) => pinyin(c, { toneType: 'none', v: true, type: 'array', multiple: true }),
        commonCharacters(),
      ),
    ),
  ),
)!;

describe('the suggester corrects the typing errors readers make', () => {
  it.each([
    // Homophones: the wrong candidate from a pinyin keyboard.
    ['选民等级', '选民登记'],
    ['一间挑', '一肩挑'],
    ['委拖投票', '委托投票'],
    ['资格联申', '资格联审'],
    ['近亲属回必', '近亲属回避'],
    ['差鹅选举', '差额选举'],
    ['罢勉', '罢免'],
    // A word the keyboard offered whole: 等级 for 登记.
    ['等级', '登记'],
    // One character dropped.
    ['选民记', '选民登记'],
    ['委托票', '委托投票'],
    ['村务监委员会', '村务监督委员会'],
    // Two neighbours swapped.
    ['民选登记', '选民登记'],
    ['委投托票', '委托投票'],
    // A dropped character and a homophone together.
    ['委拖票', '委托投票'],
  ])('%s → %s', (typo, meant) => {
    expect(suggestWord(index, typo)[0]?.text).toBe(meant);
  });

  it('reads a polyphone in context: 银航 is a typo of 银行 (hang), not of a xing word', () => {
    expect(suggestWord(index, '银航账户')[0]?.text).toBe('银行账户');
  });

  it('calls a lone homophone correction clear, so its results can be shown at once', () => {
    expect(suggestQuery(index, '一间挑')).toEqual({ suggestions: [{ text: '一肩挑', cost: 0.3 }], clear: true });
  });

  it('ranks a homophone above a dropped character', () => {
    const [first, ...rest] = suggestWord(index, '选民等级');
    expect(first!.cost).toBeLessThan(rest[0]?.cost ?? Infinity);
  });

  it('corrects each word of a longer query that the site lacks, and keeps the ones it has', () => {
    expect(suggestQuery(index, '委拖投票 罢免').suggestions.map((s) => s.text)).toEqual(['委托投票 罢免']);
    expect(suggestQuery(index, '选民等级　一间挑').suggestions.map((s) => s.text)).toEqual(['选民登记 一肩挑']);
  });
});

describe('the suggester leaves alone what it cannot correct', () => {
  it.each([
    // Words that are simply not on the site, though their characters may be.
    '区块链',
    '投票公司',
    '党员工资',
    '选民手机',
    '委员会网站',
    '选举村委',
    '人工智能',
    // A different character that only looks or means alike is not a typo we correct.
    '选民登录',
    '委托代理',
    // Too short to say, or not Chinese.
    '选',
    'abc',
    '',
  ])('“%s” gets no suggestion', (word) => {
    expect(suggestQuery(index, word).suggestions).toEqual([]);
  });

  it('offers nothing for a word the vocabulary already has', () => {
    expect(suggestWord(index, '选民登记')).toEqual([]);
    expect(suggestQuery(index, '委托投票 罢免').suggestions).toEqual([]);
  });

  it('never swaps or drops around a two-character word', () => {
    expect(suggestWord(index, '免罢')).toEqual([]);
  });
});

describe('decodeSuggestData', () => {
  it('rejects other versions and damaged files', () => {
    expect(decodeSuggestData(null)).toBeNull();
    expect(decodeSuggestData({ version: 2, phrases: [], readings: {} })).toBeNull();
    // A polyphone's reading missing, or one too many.
    expect(decodeSuggestData({ version: 1, phrases: [['银行', '']], readings: { xing: '行', hang: '行' } })).toBeNull();
    expect(decodeSuggestData({ version: 1, phrases: [['一', 'yi']], readings: { yi: '一' } })).toBeNull();
    expect(decodeSuggestData({ version: 1, phrases: [[1, 2]], readings: {} })).toBeNull();
    expect(decodeSuggestData({ version: 1, phrases: [], readings: { yi: 5 } })).toBeNull();
    expect(decodeSuggestData('garbage')).toBeNull();
  });
});
