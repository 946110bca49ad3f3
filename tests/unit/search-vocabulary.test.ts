import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { decodeSuggestData } from '../../src/lib/search/suggest';
import { boldTerms, buildSuggestData, commonCharacters, phrasesOf, vocabulary } from '../../src/lib/search/vocabulary';

const pinyinOf = (t: string) =>
  pinyin(t, { toneType: 'none', v: true, type: 'all' }).map((c) => (c.isZh ? c.pinyin : ''));
const readingsOf = (c: string) => pinyin(c, { toneType: 'none', v: true, type: 'array', multiple: true });

describe('the search vocabulary', () => {
  it('cuts headings at punctuation into phrases that can be searched as they stand', () => {
    expect(phrasesOf('“一肩挑”写进了两部组织法')).toEqual(['一肩挑', '写进了两部组织法']);
    expect(phrasesOf('谁来提名：村党组织或登记选民')).toEqual(['谁来提名', '村党组织或登记选民']);
    expect(phrasesOf('主体责任（换届）')).toEqual(['主体责任', '换届']);
    expect(phrasesOf('A 1 甲')).toEqual([]);
  });

  it('takes short bold spans as terms, not bolded sentences', () => {
    expect(boldTerms('要做好**选民登记**。**离任审计结果先公布。**还有**五日内**')).toEqual(['选民登记', '五日内']);
  });

  it('lists each phrase once', () => {
    expect(vocabulary(['委托投票', '“委托投票”', '委托投票的规则'])).toEqual(['委托投票', '委托投票的规则']);
  });

  it('knows the 3,755 everyday characters of GB 2312 level 1', () => {
    const common = commonCharacters();
    expect([...common]).toHaveLength(3755);
    expect(common.startsWith('啊阿')).toBe(true);
    for (const c of '级间拖登肩托') expect(common).toContain(c);
  });
});

describe('the shipped character table', () => {
  const data = buildSuggestData(['选民登记', '一肩挑', '银行'], pinyinOf, readingsOf, commonCharacters());

  it('carries the phrases with their pinyin in context, spelt out only where a character has several', () => {
    const index = decodeSuggestData(data)!;
    expect(index.phrases.map((p) => p.syllables.join(' '))).toEqual(['xuan min deng ji', 'yi jian tiao', 'yin hang']);
    const both = buildSuggestData(['银行', '行使'], pinyinOf, readingsOf, '');
    expect(both.phrases).toEqual([
      ['银行', 'hang'],
      ['行使', 'xing'],
    ]);
    expect(decodeSuggestData(both)!.phrases.map((p) => p.syllables.join(' '))).toEqual(['yin hang', 'xing shi']);
  });

  it('lists the common homophones of every syllable the phrases use, and nothing else', () => {
    expect(data.readings.ji).toContain('级');
    expect(data.readings.deng).toContain('等');
    expect(data.readings.jian).toContain('间');
    // 行 is read hang in 银行; a reader may still type 航 for it.
    expect(data.readings.hang).toContain('航');
    expect(Object.keys(data.readings).sort()).toEqual([
      'deng',
      'hang',
      'ji',
      'jian',
      'min',
      'tiao',
      'xuan',
      'yi',
      'yin',
    ]);
  });

  it('fails the build naming the phrase when its pinyin does not fit', () => {
    expect(() => buildSuggestData(['一肩挑'], () => ['yi'], readingsOf, '')).toThrow(/一肩挑/);
  });
});
