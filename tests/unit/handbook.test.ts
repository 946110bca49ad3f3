import { describe, expect, it } from 'vitest';
import { handbookAnchor, handbookPageName, termsCited } from '../../src/lib/handbook';

describe('handbook names', () => {
  it('turns content ids into anchors and page names that cannot clash', () => {
    expect(handbookAnchor('village-election/voter-registration')).toBe('hb-village-election-voter-registration');
    expect(handbookAnchor('village-election')).toBe('hb-village-election');
    expect(handbookPageName('village-election')).toBe('hbpage-village-election');
  });

  it('lists the glossary terms lessons cite, once each, in order of first use', () => {
    const a = '见<Term id="yi-jian-tiao">一肩挑</Term>和 <Term id=\'xuan-min\' />。';
    const b = '<Term id="yi-jian-tiao" /> 与 <Term  id="cha-e">差额</Term>；<term id="not-a-term">';
    expect(termsCited([a, b])).toEqual(['yi-jian-tiao', 'xuan-min', 'cha-e']);
    expect(termsCited([])).toEqual([]);
  });
});
