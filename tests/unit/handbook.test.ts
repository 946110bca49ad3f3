import { describe, expect, it } from 'vitest';
import {
  cssString,
  handbookAnchor,
  handbookPageName,
  printPageName,
  runningTitlesCss,
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
  it('names a lesson or checklist page after its id', () => {
    expect(printPageName('village-election/voter-registration')).toBe('pg-village-election--voter-registration');
  });

  it('writes one named page per title, with any text kept inside one CSS string', () => {
    const css = runningTitlesCss([
      { page: 'pg-a', title: '第1模块　总览' },
      { page: 'pg-b', title: 'say "hi" \\ </style>\nnext' },
    ]);
    expect(css.split('\n')).toEqual([
      '@page pg-a{@top-right{content:"第1模块　总览"}}.pg-a{page:pg-a}',
      '@page pg-b{@top-right{content:"say \\"hi\\" \\\\ \\3c /style> next"}}.pg-b{page:pg-b}',
    ]);
    expect(cssString('</style>')).not.toContain('<');
  });
});
