import { describe, expect, it } from 'vitest';
import { calculate, evaluate, type Outcome } from '../../src/lib/election/compute';
import { hasMajority, majorityThreshold } from '../../src/lib/election/first-round';
import { countReElection, meetsOneThird, oneThirdFloor } from '../../src/lib/election/re-election';
import { HAINAN, PLAIN, village } from './election-fixtures';

const elected = (o: Outcome, post: string) => o.posts.find((p) => p.post === post)?.elected.map((s) => s.name) ?? [];

describe('the two thresholds', () => {
  it('exactly half is not a majority; one vote over is', () => {
    expect(hasMajority(300, 600)).toBe(false);
    expect(hasMajority(301, 600)).toBe(true);
    expect(majorityThreshold(600)).toBe(301);
    expect(majorityThreshold(601)).toBe(301);
    expect(hasMajority(300, 601)).toBe(false);
  });

  it('one third of 600 ballots is 200, and 200 is enough ("不少于")', () => {
    expect(oneThirdFloor(600)).toBe(200);
    expect(meetsOneThird(200, 600)).toBe(true);
    expect(meetsOneThird(199, 600)).toBe(false);
  });

  it('re-election lesson: 451 ballots need 151 votes, 450 ballots need 150', () => {
    expect(oneThirdFloor(451)).toBe(151);
    expect(meetsOneThird(150, 451)).toBe(false);
    expect(oneThirdFloor(450)).toBe(150);
  });
});

describe('whether the election is valid', () => {
  it('checking-ballots lesson: 800 registered, 430 issued, 428 returned is valid', () => {
    const o = evaluate(village({ registered: 800, issued: 430, returned: 428, seats: { member: 3 }, rows: [] }), PLAIN);
    expect(o.validity).toMatchObject({ tooManyReturned: false, turnoutMet: true, valid: true });
  });

  it('checking-ballots lesson: 396 returned of 800 registered is not a majority turnout', () => {
    const o = evaluate(village({ registered: 800, issued: 396, returned: 396, seats: { member: 3 }, rows: [] }), PLAIN);
    expect(o.validity).toMatchObject({ turnoutMet: false, valid: false });
    expect(o.posts).toEqual([]);
  });

  it('exactly half of the registered voting is not enough; one more is', () => {
    const half = evaluate(village({ registered: 800, returned: 400, seats: { member: 3 }, rows: [] }), PLAIN);
    const over = evaluate(village({ registered: 800, returned: 401, seats: { member: 3 }, rows: [] }), PLAIN);
    expect(half.validity.turnoutMet).toBe(false);
    expect(over.validity.turnoutMet).toBe(true);
  });

  it('居民代表 need more than two thirds: 20 of 30 fails, 21 passes', () => {
    const input = (returned: number) => ({
      ...village({ registered: 30, returned, seats: { member: 5 }, rows: [] }),
      kind: 'community-representatives' as const,
    });
    expect(evaluate(input(20), PLAIN).validity.turnoutMet).toBe(false);
    expect(evaluate(input(21), PLAIN).validity.turnoutMet).toBe(true);
  });

  it('more ballots returned than issued makes the election invalid', () => {
    const o = evaluate(village({ registered: 800, issued: 430, returned: 431, seats: { member: 3 }, rows: [] }), PLAIN);
    expect(o.validity).toMatchObject({ tooManyReturned: true, valid: false });
  });

  it('where the province is unset, comparing with voters or with issued can decide validity, each named with its provinces', () => {
    const input = village({
      registered: 800,
      issued: 430,
      voters: 425,
      returned: 428,
      seats: { member: 1 },
      rows: [['甲', 'f', { member: 300 }]],
    });
    const result = calculate(input, { votesAddedDown: false, womanMember: 'by-votes' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenarios).toHaveLength(2);
    const valid = result.scenarios.find((s) => s.outcome.validity.valid)!;
    const invalid = result.scenarios.find((s) => !s.outcome.validity.valid)!;
    expect(valid.provinces).toEqual(['海南', '四川', '河南']);
    expect(invalid.provinces).toEqual(['浙江', '上海', '天津', '河北', '北京']);
  });

  it('an over-full mobile box with totals in order: 海南 voids that box and waits for a recount, the others count; never the election void', () => {
    const input = village({ registered: 800, returned: 428, seats: { member: 3 }, rows: [] });
    input.boxes = [
      { name: '中心会场', issued: 400, returned: 398 },
      { name: '1号流动票箱', issued: 30, returned: 31 },
    ];
    const hainan = evaluate(input, HAINAN);
    expect(hainan.validity.overfullBoxes).toEqual([1]);
    expect(hainan.validity).toMatchObject({ verdict: 'recount', valid: false, tooManyReturned: false });
    expect(evaluate(input, PLAIN).validity).toMatchObject({ verdict: 'valid', overfullBoxes: [1] });
  });

  it('turnout counts 投票人数 where entered: 500 of 1000 voted is not a majority even with 501 ballots returned', () => {
    const input = village({
      registered: 1000,
      issued: 510,
      voters: 500,
      returned: 501,
      seats: { member: 1 },
      rows: [],
    });
    for (const settings of [PLAIN, HAINAN, { ...PLAIN, returnedBallots: 'voters' } as const]) {
      const v = evaluate(input, settings).validity;
      expect(v).toMatchObject({ turnoutFrom: 'voters', turnoutCount: 500, turnoutMet: false, verdict: 'void' });
    }
    const noVoters = village({ registered: 1000, issued: 510, returned: 501, seats: { member: 1 }, rows: [] });
    expect(evaluate(noVoters, PLAIN).validity).toMatchObject({ turnoutFrom: 'returned', turnoutMet: true });
  });
});

describe('who is elected in the first round', () => {
  it('void ballots stay in the base: 295 of 600 with 20 void is not elected', () => {
    const o = evaluate(
      village({
        returned: 600,
        invalid: 20,
        seats: { member: 1 },
        rows: [
          ['甲', 'm', { member: 295 }],
          ['乙', 'm', { member: 280 }],
        ],
      }),
      PLAIN,
    );
    expect(elected(o, 'member')).toEqual([]);
    expect(o.threshold).toBe(301);
  });

  it('deciding-winners lesson: four over half for three seats, the three highest are elected', () => {
    const rows = [
      ['甲', 'f', { member: 320 }],
      ['乙', 'm', { member: 300 }],
      ['丙', 'm', { member: 280 }],
      ['丁', 'm', { member: 260 }],
    ] as const;
    const o = evaluate(village({ returned: 500, seats: { member: 3 }, rows: rows.map((r) => [...r]) as never }), PLAIN);
    expect(elected(o, 'member')).toEqual(['甲', '乙', '丙']);
    expect(o.ties).toEqual([]);
    expect(o.reElection).toEqual([]);
  });

  it('deciding-winners lesson: 丙 and 丁 level on 280 for the last seat go to 再投一次, 甲 and 乙 stay elected', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { member: 3 },
        rows: [
          ['甲', 'f', { member: 320 }],
          ['乙', 'm', { member: 300 }],
          ['丙', 'm', { member: 280 }],
          ['丁', 'm', { member: 280 }],
        ],
      }),
      PLAIN,
    );
    expect(elected(o, 'member')).toEqual(['甲', '乙']);
    expect(o.ties).toEqual([{ post: 'member', seats: 1, votes: 280, names: ['丙', '丁'] }]);
    expect(o.reElection).toEqual([]);
  });

  it('a tie below the last seat changes nothing', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { member: 1 },
        rows: [
          ['甲', 'f', { member: 320 }],
          ['乙', 'm', { member: 280 }],
          ['丙', 'm', { member: 280 }],
        ],
      }),
      PLAIN,
    );
    expect(elected(o, 'member')).toEqual(['甲']);
    expect(o.ties).toEqual([]);
  });

  it('someone elected to a higher post is not counted again for a lower one', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { director: 1, member: 1 },
        rows: [
          ['甲', 'm', { director: 400, member: 300 }],
          ['乙', 'f', { member: 260 }],
        ],
      }),
      PLAIN,
    );
    expect(elected(o, 'director')).toEqual(['甲']);
    expect(elected(o, 'member')).toEqual(['乙']);
  });

  it('deciding-winners lesson: where allowed, 200 director votes carried down make 90 member votes 290, over half of 500', () => {
    const input = village({
      returned: 500,
      seats: { director: 1, member: 1 },
      rows: [
        ['王', 'm', { director: 300 }],
        ['张', 'f', { director: 200, member: 90 }, 'member'],
      ],
    });
    expect(elected(evaluate(input, HAINAN), 'member')).toEqual(['张']);
    expect(elected(evaluate(input, { ...HAINAN, votesAddedDown: false }), 'member')).toEqual([]);
  });

  it('lower-post votes are never carried up', () => {
    const input = village({
      returned: 500,
      seats: { director: 1 },
      rows: [['张', 'm', { director: 200, member: 90 }, 'director']],
    });
    input.seats.member = 1;
    expect(elected(evaluate(input, HAINAN), 'director')).toEqual([]);
  });
});

describe('the woman member (海南、四川 rule)', () => {
  const members = [
    ['男甲', 'm', { member: 400 }],
    ['男乙', 'm', { member: 380 }],
    ['女丙', 'f', { member: 300 }],
    ['男丁', 'm', { member: 290 }],
  ] as const;
  const input = (extra: [string, 'f' | 'm', Record<string, number>][] = []) =>
    village({
      returned: 500,
      seats: { director: 1, deputy: 1, member: 3 },
      rows: [
        ['主任', 'm', { director: 400 }],
        ['副主任', 'm', { deputy: 400 }],
        ...members.map((r) => [...r]),
        ...extra,
      ] as never,
    });

  it('lesson example: no woman among 主任/副主任, so 女丙 is elected first and 男丁 is not', () => {
    const o = evaluate(input(), HAINAN);
    expect(elected(o, 'member')).toEqual(['女丙', '男甲', '男乙']);
    expect(o.posts.find((p) => p.post === 'member')!.woman).toBe('top-woman-elected');
  });

  it('without the rule the same count elects 男甲、男乙、女丙 by votes anyway, and 男丁 stays out', () => {
    expect(elected(evaluate(input(), PLAIN), 'member')).toEqual(['男甲', '男乙', '女丙']);
  });

  it('no woman over half: one member seat is kept for a re-election of women only', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { member: 3 },
        rows: [
          ['男甲', 'm', { member: 400 }],
          ['男乙', 'm', { member: 380 }],
          ['男丁', 'm', { member: 290 }],
          ['女丙', 'f', { member: 200 }],
          ['女戊', 'f', { member: 100 }],
        ],
      }),
      HAINAN,
    );
    expect(elected(o, 'member')).toEqual(['男甲', '男乙']);
    expect(o.reElection).toEqual([
      expect.objectContaining({
        post: 'member',
        seats: 1,
        womenOnly: true,
        candidates: [
          { name: '女丙', votes: 200 },
          { name: '女戊', votes: 100 },
        ],
      }),
    ]);
  });

  it('where unset and the rule changes who is elected, both outcomes come back with their provinces', () => {
    const i = village({
      returned: 600,
      seats: { member: 2 },
      rows: [
        ['男甲', 'm', { member: 400 }],
        ['男乙', 'm', { member: 380 }],
        ['女丙', 'f', { member: 310 }],
      ],
    });
    const result = calculate(i, { returnedBallots: 'issued', votesAddedDown: false });
    if (!result.ok) throw new Error('expected a result');
    expect(result.scenarios).toHaveLength(2);
    const rule = result.scenarios.find((s) => s.outcome.settings.womanMember === 'top-woman-or-reserved-seat')!;
    const plain = result.scenarios.find((s) => s.outcome.settings.womanMember === 'by-votes')!;
    expect(elected(rule.outcome, 'member')).toEqual(['女丙', '男甲']);
    expect(rule.provinces).toEqual(['海南', '四川']);
    expect(elected(plain.outcome, 'member')).toEqual(['男甲', '男乙']);
    expect(plain.outcome.noWoman).toBe(true);
    expect(plain.provinces).toEqual(['浙江', '上海', '天津', '河北', '北京', '河南']);
  });

  it('a woman already elected 副主任 means members go by votes', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { deputy: 1, member: 1 },
        rows: [
          ['女副', 'f', { deputy: 300 }],
          ['男甲', 'm', { member: 400 }],
          ['女丙', 'f', { member: 300 }],
        ],
      }),
      HAINAN,
    );
    expect(elected(o, 'member')).toEqual(['男甲']);
  });
});

describe('close relatives both elected', () => {
  it('the higher post stays; the lower post is left open for re-election', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { director: 1, member: 2 },
        relatives: [['父', '子']],
        rows: [
          ['父', 'm', { director: 400 }],
          ['子', 'm', { member: 350 }],
          ['女甲', 'f', { member: 330 }],
          ['乙', 'm', { member: 200 }],
        ],
      }),
      PLAIN,
    );
    expect(elected(o, 'director')).toEqual(['父']);
    expect(elected(o, 'member')).toEqual(['女甲']);
    expect(o.relatives).toEqual([
      { pair: ['父', '子'], kept: { name: '父', post: 'director' }, dropped: { name: '子', post: 'member' } },
    ]);
    expect(o.reElection[0]).toMatchObject({ post: 'member', seats: 1 });
    expect(o.reElection[0]!.candidates.map((c) => c.name)).not.toContain('子');
  });

  it('same post: more votes stays; same votes: left to the province', () => {
    const rows = (b: number) =>
      [
        ['兄', 'm', { member: 400 }],
        ['弟', 'm', { member: b }],
        ['女', 'f', { member: 300 }],
      ] as never;
    const more = evaluate(
      village({ returned: 500, seats: { member: 3 }, relatives: [['兄', '弟']], rows: rows(350) }),
      PLAIN,
    );
    expect(elected(more, 'member')).toEqual(['兄', '女']);
    const level = evaluate(
      village({ returned: 500, seats: { member: 3 }, relatives: [['兄', '弟']], rows: rows(400) }),
      PLAIN,
    );
    expect(level.relatives).toEqual([{ pair: ['兄', '弟'], undecided: true }]);
    expect(elected(level, 'member')).toHaveLength(3);
  });
});

describe('另行选举', () => {
  it('re-election lesson: four member seats, two elected; candidates are the next by votes with the original margin', () => {
    const o = evaluate(
      village({
        returned: 500,
        seats: { member: 4 },
        rows: [
          ['A', 'f', { member: 400 }],
          ['B', 'm', { member: 300 }],
          ['甲', 'm', { member: 240 }],
          ['乙', 'm', { member: 200 }],
          ['丙', 'm', { member: 150 }],
          ['丁', 'm', { member: 90 }],
          ['戊', 'm', { member: 40 }],
        ],
      }),
      PLAIN,
    );
    expect(elected(o, 'member')).toEqual(['A', 'B']);
    // 7 nominated for 4 seats: margin 3, so 2 + 3 = 5 candidates.
    expect(o.reElection).toEqual([
      {
        post: 'member',
        seats: 2,
        womenOnly: false,
        margin: 3,
        candidates: ['甲', '乙', '丙', '丁', '戊'].map((name, i) => ({ name, votes: [240, 200, 150, 90, 40][i] })),
      },
    ]);
  });

  it('a re-election with 600 ballots elects at 200 votes and not at 199', () => {
    const seat = {
      post: 'member' as const,
      seats: 2,
      womenOnly: false,
      margin: 1,
      candidates: [
        { name: '甲', votes: 0 },
        { name: '乙', votes: 0 },
        { name: '丙', votes: 0 },
      ],
    };
    const r = countReElection(seat, { 甲: 250, 乙: 200, 丙: 199 }, 600);
    expect(r.floor).toBe(200);
    expect(r.elected.map((c) => c.name)).toEqual(['甲', '乙']);
    const short = countReElection(seat, { 甲: 250, 乙: 199, 丙: 150 }, 600);
    expect(short.elected.map((c) => c.name)).toEqual(['甲']);
    expect(short.vacant).toBe(1);
  });

  it('a tie for the last re-election seat goes to 再投一次', () => {
    const seat = {
      post: 'member' as const,
      seats: 1,
      womenOnly: false,
      margin: 1,
      candidates: [
        { name: '甲', votes: 0 },
        { name: '乙', votes: 0 },
      ],
    };
    const r = countReElection(seat, { 甲: 250, 乙: 250 }, 600);
    expect(r.elected).toEqual([]);
    expect(r.tie).toEqual({ seats: 1, votes: 250, names: ['甲', '乙'] });
  });
});
