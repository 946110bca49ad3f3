import { describe, expect, it } from 'vitest';
import {
  decodeSettings,
  defaultSettings,
  encodeSettings,
  hasSettings,
  type PaperSettings,
} from '../../src/lib/quiz/paper-settings';

const MODULES = ['overview', 'village-election', 'discipline'];
const decode = (query: string) => decodeSettings(new URLSearchParams(query), MODULES);
const problems = (query: string) => {
  const result = decode(query);
  return result.ok ? [] : result.problems;
};
const sample: PaperSettings = {
  ...defaultSettings(['discipline', 'overview'], 123456),
  modules: ['overview', 'discipline'],
  audience: 'village',
  mix: { easy: 30, medium: 50, hard: 20 },
  title: '某镇换届培训结业测试 & <b>',
  unit: '中共某县委组织部',
  minutes: 45,
  variant: 'B',
};

describe('paper settings in the link', () => {
  it('round-trips every setting, with the version first', () => {
    const query = encodeSettings(sample);
    expect(query.startsWith('v=1&')).toBe(true);
    expect(decode(query)).toEqual({ ok: true, settings: sample });
  });

  it('ignores parameters it does not know, such as the ones WeChat appends', () => {
    expect(decode(`${encodeSettings(sample)}&from=singlemessage&isappinstalled=0`)).toEqual({
      ok: true,
      settings: sample,
    });
  });

  it('keeps the site order of modules whatever order the link lists them in', () => {
    const query = encodeSettings({ ...sample, modules: ['discipline', 'overview'] });
    const result = decode(query);
    expect(result.ok && result.settings.modules).toEqual(['overview', 'discipline']);
  });

  it('tells a first visit (no settings) from a link', () => {
    expect(hasSettings(new URLSearchParams(''))).toBe(false);
    expect(hasSettings(new URLSearchParams(encodeSettings(sample)))).toBe(true);
  });

  it('rejects a missing, garbled or newer version with a Chinese message', () => {
    expect(problems(encodeSettings(sample).replace('v=1', 'v=2'))[0]).toMatch(/更新版本/);
    expect(problems(encodeSettings(sample).replace('v=1', 'v=x'))[0]).toMatch(/版本号缺失或有误/);
  });

  it('names every bad field at once', () => {
    const bad = new URLSearchParams(encodeSettings(sample));
    bad.set('m', 'overview,nope');
    bad.set('n', '10,5');
    bad.set('aud', 'mayor');
    bad.set('mix', '50,50,50');
    bad.set('seed', '0');
    bad.set('min', '9999');
    bad.set('title', '');
    bad.set('var', 'C');
    const list = problems(bad.toString());
    expect(list).toHaveLength(8);
    expect(list.join('\n')).toMatch(/本站没有的模块：nope/);
    expect(list.join('\n')).toMatch(/题量/);
    expect(list.join('\n')).toMatch(/适用对象/);
    expect(list.join('\n')).toMatch(/难度比例/);
    expect(list.join('\n')).toMatch(/试卷编号/);
    expect(list.join('\n')).toMatch(/考试时间/);
    expect(list.join('\n')).toMatch(/标题不能为空/);
    expect(list.join('\n')).toMatch(/A 或 B/);
  });

  it('refuses an empty or oversized paper', () => {
    const q = (n: string) => encodeSettings(sample).replace(/n=[^&]+/, `n=${encodeURIComponent(n)}`);
    expect(problems(q('0,0,0,0'))).toEqual(['题量都是 0：至少要出一道题。']);
    expect(problems(q('51,0,0,0'))).toEqual(['每种题型最多 50 道。']);
    expect(problems(q('50,50,1,0'))[0]).toMatch(/最多 100 道题/);
  });

  it('never throws on garbage, and shortens what it quotes back', () => {
    const garbage = [
      '',
      'v=1',
      'v=1&m=%E0%A4%A',
      `v=1&seed=${'9'.repeat(500)}`,
      'v=1&n=,,,&mix=',
      'v=1&title=' + 'x'.repeat(500),
    ];
    for (const g of garbage) {
      const result = decode(g);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.every((p) => p.length < 120)).toBe(true);
    }
  });
});
