import { describe, expect, it } from 'vitest';
import {
  cssString,
  handbookAnchor,
  handbookInOnePage,
  handbookPageName,
  runningTitleCss,
  termsCited,
} from '../../src/lib/handbook';

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

describe('running titles', () => {
  it('puts a handbook module on a named page, with any text kept inside one CSS string', () => {
    expect(runningTitleCss('第1模块　总览', 'hbpage-a')).toBe(
      '@page hbpage-a{@top-right{content:"第1模块　总览"!important}}.hbpage-a{page:hbpage-a}',
    );
    expect(runningTitleCss('say "hi" \\ </style>\nnext', 'b')).toBe(
      '@page b{@top-right{content:"say \\"hi\\" \\\\ \\3c /style> next"!important}}.b{page:b}',
    );
    expect(cssString('</style>')).not.toContain('<');
  });
});

describe('the whole handbook', () => {
  it('is one page up to 150 lessons and module volumes above', () => {
    expect(handbookInOnePage(53)).toBe(true);
    expect(handbookInOnePage(150)).toBe(true);
    expect(handbookInOnePage(151)).toBe(false);
    expect(handbookInOnePage(1000)).toBe(false);
  });
});
