import { describe, expect, it } from 'vitest';
import { calculate, type Scenario } from '../../src/lib/election/compute';
import { explain, verdictLine, type ProvinceContext } from '../../src/lib/election/explain';
import type { ElectionInput } from '../../src/lib/election/types';
import { settingsFromLocalRules, type SettingsChoice } from '../../src/lib/election/variants';
import { village } from './election-fixtures';

/** Every outcome the page shows, as text: provinces, the verdict line, and each step with its rule. */
function page(input: ElectionInput, fixed: SettingsChoice = {}, province: ProvinceContext | null = null) {
  const result = calculate(input, fixed);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenarios.map((s: Scenario) => {
    const steps = explain(input, s, province);
    return {
      provinces: s.provinces.join('、'),
      verdict: verdictLine(input, s.outcome),
      steps,
      text: steps.map((x) => `${x.title}｜${x.detail}｜${x.basis.grade}：${x.basis.cite}`).join('\n'),
    };
  });
}
const forProvince = (shown: ReturnType<typeof page>, province: string) =>
  shown.find((s) => s.provinces.split('、').includes(province))!;

describe('turnout: who took part, and from which figure', () => {
  it('exactly half of 800 voting is void in every province, with the reason first and nothing after it', () => {
    const shown = page(
      village({
        registered: 800,
        voters: 400,
        returned: 400,
        seats: { member: 1 },
        rows: [['甲', 'f', { member: 300 }]],
      }),
    );
    expect(shown).toHaveLength(1);
    const [all] = shown;
    expect(all!.provinces).toBe('海南、四川、浙江、上海、天津、河北、北京、河南');
    expect(all!.verdict).toBe(
      '这次选举无效：参加投票的 400 人没有达到过半数（登记参加选举的村民人数 800，至少要 401 人）。',
    );
    const last = all!.steps.at(-1)!;
    expect(last.title).toBe('参加投票的须过半数');
    expect(last.detail).toContain('不足：这次选举无效');
    expect(last.basis.cite).toBe('村民委员会组织法第十八条第二款');
  });

  it('500 voters of 1000 with 501 ballots returned: void everywhere, counted from the 投票人数 and saying so', () => {
    const shown = page(
      village({
        registered: 1000,
        issued: 510,
        voters: 500,
        returned: 501,
        seats: { member: 1 },
        rows: [['甲', 'f', { member: 300 }]],
      }),
    );
    for (const province of ['海南', '四川', '河南']) {
      const s = forProvince(shown, province);
      expect(s.verdict).toContain('参加投票的 500 人没有达到过半数');
      expect(s.text).toContain('按填写的投票人数计：500 人（收回选票 501 张）');
    }
    expect(forProvince(shown, '浙江').verdict).toBe('这次选举无效：收回的选票（501 张）多于投票人数（500）。');
  });

  it('401 of 800 passes, and the line says which figure it used when 投票人数 is left blank', () => {
    const [s] = page(
      village({ registered: 800, returned: 401, seats: { member: 1 }, rows: [['甲', 'f', { member: 300 }]] }),
      { returnedBallots: 'issued' },
    );
    expect(s!.text).toContain('参加投票的至少要 401 人；没有填写投票人数，按收回的选票计：401 张。这一项合格。');
    expect(s!.verdict).toBe('选举有效。');
  });
});

describe('ballots returned over the comparison figure: one verdict, its reason first', () => {
  const input = village({
    registered: 800,
    issued: 430,
    voters: 430,
    returned: 431,
    seats: { member: 1 },
    rows: [['甲', 'f', { member: 300 }]],
  });
  const shown = page(input);

  it('names the figure each province compares with', () => {
    expect(forProvince(shown, '海南').verdict).toBe('这次选举无效：收回的选票（431 张）多于发出的选票数（430）。');
    expect(forProvince(shown, '四川').provinces).toBe('海南、四川、河南');
    expect(forProvince(shown, '北京').verdict).toBe('这次选举无效：收回的选票（431 张）多于投票人数（430）。');
    expect(forProvince(shown, '北京').provinces).toBe('浙江、上海、天津、河北、北京');
  });

  it('stops at the void: no later line says the election or a check is fine', () => {
    for (const s of shown) {
      expect(s.steps.at(-1)!.detail).toContain('这次选举无效');
      expect(s.text).not.toContain('有效。');
      expect(s.text).not.toContain('合格');
      expect(s.text).not.toContain('参加投票的须过半数');
    }
  });

  it('cites only the articles of the provinces in that outcome', () => {
    const issued = forProvince(shown, '海南').steps.at(-1)!.basis.cite;
    expect(issued).toBe('海南办法第二十九条、四川条例第三十二条、河南实施办法第三十五条');
    expect(forProvince(shown, '浙江').steps.at(-1)!.basis.cite).not.toContain('海南');
  });
});

describe('a 流动票箱 with more ballots than it was given, totals in order', () => {
  const input = village({
    registered: 800,
    voters: 428,
    returned: 428,
    seats: { member: 1 },
    rows: [['甲', 'f', { member: 300 }]],
  });
  input.boxes = [
    { name: '中心会场', issued: 400, returned: 397 },
    { name: '1号流动票箱', issued: 30, returned: 31 },
  ];
  const shown = page(input);

  it('never says the election is void', () => {
    for (const s of shown) expect(`${s.verdict}\n${s.text}`).not.toContain('这次选举无效');
  });

  it('海南: that box is void, the count waits for it to be taken out (海南办法第二十九条)', () => {
    const hainan = forProvince(shown, '海南');
    expect(hainan.provinces).toBe('海南');
    expect(hainan.verdict).toBe(
      '1号流动票箱收回 31 张、多于发出的 30 张：这一箱的选票无效，选举本身不因此无效。先扣除这一箱的票再核算当选人。',
    );
    const box = hainan.steps.find((s) => s.title === '逐箱核对：1号流动票箱')!;
    expect(box.detail).toBe('发出 30 张，收回 31 张，多出 1 张。这一箱的选票无效（不是整个选举无效）。');
    expect(box.basis.cite).toBe('海南办法第二十九条');
    expect(hainan.text).not.toContain('当选：');
  });

  it('the other seven compare totals: valid, 甲 elected, the box recorded as a warning', () => {
    const rest = forProvince(shown, '四川');
    expect(rest.provinces).toBe('四川、浙江、上海、天津、河北、北京、河南');
    expect(rest.verdict).toBe('选举有效。');
    const box = rest.steps.find((s) => s.title === '逐箱核对：1号流动票箱')!;
    expect(box.status).toBe('warn');
    expect(box.detail).toContain('这一箱多出不单独使选举无效');
    expect(box.basis.cite).not.toContain('海南');
    expect(rest.text).toContain('当选：甲。');
  });
});

describe('the majority line', () => {
  const shownWith = (votes: number) =>
    page(village({ registered: 1000, returned: 600, seats: { member: 1 }, rows: [['甲', 'f', { member: votes }]] }), {
      returnedBallots: 'issued',
    })[0]!.text;

  it('301 of 600 is over half and listed; 300 is not', () => {
    expect(shownWith(301)).toContain('过半数的：甲 301 票。当选：甲。');
    expect(shownWith(300)).toContain('没有人过半数。1 个名额另行选举。');
    expect(shownWith(300)).toContain('当选至少要 301 票；恰好一半（300 票）不够。');
  });
});

describe('ties and one third', () => {
  it('a first-round tie at the last seat goes to 再投一次, with the rule', () => {
    const [s] = page(
      village({
        registered: 900,
        returned: 500,
        seats: { member: 2 },
        rows: [
          ['甲', 'm', { member: 320 }],
          ['乙', 'm', { member: 280 }],
          ['丙', 'm', { member: 280 }],
        ],
      }),
      { returnedBallots: 'issued', womanMember: 'by-votes' },
    );
    const tie = s!.steps.find((x) => x.title === '票数相等，再投一次')!;
    expect(tie.detail).toBe('乙、丙 各得 280 票，争 1 个委员名额：就这几人再投一次，以得票多的当选。');
    expect(tie.basis.grade).toBe('通行做法');
  });

  it('the re-election line gives the one-third floor for the ballots cast: 200 of 600', () => {
    const [s] = page(
      village({ registered: 1000, returned: 600, seats: { member: 1 }, rows: [['甲', 'm', { member: 250 }]] }),
      { returnedBallots: 'issued', womanMember: 'by-votes' },
    );
    expect(s!.text).toContain('若也收回 600 张，至少 200 票');
  });
});

describe('lines that hold only in some provinces say which', () => {
  // 张 gets 190 director votes; carried down (海南、河北) they make her 280 member votes.
  const input = village({
    registered: 600,
    voters: 500,
    returned: 500,
    seats: { director: 1, member: 2 },
    rows: [
      ['王', 'm', { director: 300 }],
      ['张', 'f', { director: 190, member: 90 }, 'member'],
      ['李', 'm', { member: 400 }],
    ],
  });
  const shown = page(input);

  it('votes carried down only in the 海南、河北 outcome, cited to their articles', () => {
    const carry = shown.filter((s) => s.text.includes('高职位票'));
    expect(carry.map((s) => s.provinces)).toEqual(['海南、河北']);
    const line = carry[0]!.steps.find((x) => x.title === '高职位票加到低职位')!;
    expect(line.detail).toBe('委员的得票加上了未当选的高职位票：张 90 + 190 = 280 票。');
    expect(line.basis.cite).toBe('海南办法第三十一条、河北办法第二十九条第二款');
  });

  it('the woman-member rule is scoped to 海南 where 河北, which has no such rule, shares the outcome', () => {
    const line = forProvince(shown, '河北').steps.find((x) => x.title === '妇女成员')!;
    expect(line.detail.startsWith('海南：')).toBe(true);
    expect(line.basis.cite).toBe('海南办法第三十二条第三款');
  });

  it('浙江 reads no 海南 rule; 河南 reads its own 另行选举 turnout rule', () => {
    const zhejiang = forProvince(shown, '浙江');
    expect(zhejiang.text).not.toMatch(/海南：|高职位票加到/);
    const line = zhejiang.steps.find((x) => x.title === '另行选举的投票人数')!;
    expect(
      line.detail.startsWith('河南：另行选举也须过半数选民参加投票（登记参加选举的村民人数 600，至少 301 人）'),
    ).toBe(true);
    expect(line.basis.cite).toBe('河南实施办法第三十八条第二、三款');
  });

  it('no woman elected: the page lists what the provinces do instead of pointing elsewhere', () => {
    const text = forProvince(shown, '浙江').text;
    expect(text).not.toContain('见下方');
    expect(text).toContain('海南、四川：先确定得票过半数最多的妇女');
    expect(text).toContain('浙江：选票单列妇女委员职位');
  });

  it('with 四川 set in local.yaml, one outcome, rules as 本省规定, no other province named', () => {
    const rules = {
      version: 1 as const,
      province: '四川省',
      appliesTo: 'village' as const,
      regulation: { title: '四川省村民委员会选举条例', date: '2025-11-26' },
      points: {
        'returned-ballots': { compareWith: 'issued' as const, article: '第三十二条第一款' },
        'votes-added-down': { allowed: false },
        'woman-member': { rule: 'top-woman-or-reserved-seat' as const, article: '第三十四条' },
      },
    };
    const province: ProvinceContext = {
      province: '四川省',
      regulation: rules.regulation.title,
      read: '四川',
      articles: { returnedBallots: '第三十二条第一款', womanMember: '第三十四条' },
    };
    const shownSichuan = page(input, settingsFromLocalRules(rules, 'village'), province);
    expect(shownSichuan).toHaveLength(1);
    const text = shownSichuan[0]!.text;
    expect(text).toContain('本省规定：《四川省村民委员会选举条例》第三十四条');
    // 通行做法 lines list the provinces that agree; no other line may speak for another province.
    for (const line of text.split('\n').filter((l) => !l.includes('｜通行做法：')))
      expect(line).not.toMatch(/海南|河北|河南|浙江/);
  });
});

describe('community elections cite the 居法 and the community rules', () => {
  const community = (kind: ElectionInput['kind'], registered: number, returned: number) => ({
    ...village({
      registered,
      voters: returned,
      returned,
      seats: { member: 5 },
      rows: [['甲', 'f', { member: returned }]],
    }),
    kind,
  });

  it('居民代表: 20 of 30 is not more than two thirds, 21 is', () => {
    const [fail] = page(community('community-representatives', 30, 20));
    expect(fail!.verdict).toBe('这次选举无效：参加投票的 20 人没有达到超过三分之二（居民代表人数 30，至少要 21 人）。');
    expect(fail!.steps.at(-1)!.basis.cite).toBe('城市居民委员会组织法第十九条第一款');
    const pass = page(community('community-representatives', 30, 21));
    expect(pass[0]!.text).toContain('参加投票的须超过三分之二｜居民代表人数 30，参加投票的至少要 21 人');
  });

  it('户代表: 51 of 100 passes, the majority line cites 居法第十九条第二款', () => {
    const shown = page(community('community-household', 100, 51));
    const text = shown[0]!.text;
    expect(text).toContain('户的代表人数 100，参加投票的至少要 51 人');
    expect(text).toContain('城市居民委员会组织法第十九条第二款');
  });

  it('no village election rule appears in a community result, relatives and write-ins included', () => {
    const input = community('community-all', 100, 60);
    input.seats.director = 1;
    input.candidates.push(
      { name: '乙', sex: 'male', nominatedFor: 'director', votes: { director: 40 } },
      { name: '丙', sex: 'male', nominatedFor: null, votes: { member: 40 } },
      { name: '丁', sex: 'male', nominatedFor: null, votes: { member: 40 } },
    );
    input.relatives = [['丙', '丁']];
    const shown = page(input);
    expect(shown.flatMap((s) => s.steps.map((x) => x.title))).toEqual(
      expect.arrayContaining(['另选他人当选', '近亲属同时当选', '另行选举的候选人数']),
    );
    for (const s of shown)
      for (const step of s.steps) {
        const said = `${step.detail}｜${step.basis.cite}`.replaceAll('四川城市居民委员会选举条例', '');
        expect(said).not.toMatch(/村民|海南|四川|浙江|上海|天津|河北|北京|河南/);
      }
  });
});
