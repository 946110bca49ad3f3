import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLocalRules } from '../../src/lib/content/local-rules';
import { describeLocalPoint } from '../../src/lib/content/local-rule-text';
import { settingsFromLocalRules } from '../../src/lib/election/variants';

const sichuan = readFileSync(new URL('../../examples/local.sichuan.yaml', import.meta.url), 'utf8');
const minimal = (points: string) =>
  `version: 1\nprovince: 四川省\nregulation:\n  title: 四川省村民委员会选举条例\n  date: 2025-11-26\npoints:\n${points}`;

describe('content/local.yaml', () => {
  it('the shipped 四川 example is valid and sets the rules the fact sheet gives for 四川', () => {
    const result = parseLocalRules(sichuan, 'examples/local.sichuan.yaml');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { points } = result.rules;
    expect(result.rules.province).toBe('四川省');
    expect(points['returned-ballots']).toMatchObject({ compareWith: 'issued', article: '第三十二条第一款' });
    expect(points['illegible-ballots']?.void).toBe('part');
    expect(points['woman-member']?.rule).toBe('top-woman-or-reserved-seat');
    expect(points['re-election-timing']).toMatchObject({ sameDay: true, withinDays: 10 });
    expect(points['proxy-limit']?.max).toBe(3);
    // The points local.yaml has no field for follow 四川's text: totals only, no 另行选举 turnout rule.
    expect(settingsFromLocalRules(result.rules, 'village')).toEqual({
      returnedBallots: 'issued',
      votesAddedDown: false,
      womanMember: 'top-woman-or-reserved-seat',
      boxCheck: 'totals-only',
      reElectionTurnout: false,
    });
  });

  it('a village regulation does not fix how a 居委会 election is counted', () => {
    const result = parseLocalRules(sichuan, 'x');
    if (!result.ok) throw new Error('expected the example to parse');
    // 河南's 另行选举 turnout rule is a village rule: never applied to a 居委会 election.
    expect(settingsFromLocalRules(result.rules, 'community')).toEqual({ reElectionTurnout: false });
    expect(settingsFromLocalRules(null, 'village')).toEqual({});
  });

  it('names the file and field of a wrong value', () => {
    const result = parseLocalRules(
      minimal('  returned-ballots:\n    compareWith: ballots\n    article: 第三十二条\n'),
      'content/local.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(/^content\/local\.yaml: points\.returned-ballots\.compareWith: 只能是 issued/);
  });

  it('rejects a proxy limit above the national three', () => {
    const result = parseLocalRules(
      minimal('  proxy-limit:\n    max: 4\n    article: 第三十条第三款\n'),
      'content/local.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('points.proxy-limit.max: 国家法规定每人受托不超过三人');
  });

  it('names an unknown point and lists the known ones', () => {
    const result = parseLocalRules(
      minimal('  proxy-limits:\n    max: 2\n    article: 第三十条\n'),
      'content/local.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/points: 未知字段 proxy-limits；可用的要点：returned-ballots/);
  });

  it('asks for the article of each point', () => {
    const result = parseLocalRules(minimal('  certificate-issuer:\n    issuer: 乡镇人民政府\n'), 'content/local.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('points.certificate-issuer.article');
  });

  it('reports YAML syntax errors with the line', () => {
    const result = parseLocalRules('version: 1\nprovince: [四川省\n', 'content/local.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/content\/local\.yaml: YAML 语法错误/);
  });

  it('reads each point back in plain Chinese', () => {
    expect(
      describeLocalPoint('re-election-timing', { sameDay: true, withinDays: 10, article: '第三十七条第二款' }),
    ).toBe('另行选举可以在选举日当日举行，也可以在选举日后 10 日内进行。');
    expect(describeLocalPoint('proxy-limit', { max: 2, article: '第二十六条第三款' })).toBe(
      '每名受托人接受委托不超过 2 人。',
    );
  });
});

describe('<LocalRule> use in lessons', () => {
  it('names the lesson of an unknown point and accepts the known ones', async () => {
    const { checkLocalRuleUsage } = await import('../../src/lib/content/local-rule-usage');
    const problems = checkLocalRuleUsage([
      {
        id: 'election-day/counting',
        file: 'content/election-day/04-counting.mdx',
        body: '<LocalRule point="woman-member">x</LocalRule>\n<LocalRule point="women-member">',
      },
      { id: 'election-day/other', file: 'content/election-day/05-other.mdx', body: "<LocalRule point='proxy-limit'>" },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/election-day\/04-counting\.mdx: lesson election-day\/counting: <LocalRule point="women-member">: 未知的要点/,
      ),
    ]);
  });
});
