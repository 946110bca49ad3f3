import { describe, expect, it } from 'vitest';
import { calculate, evaluate } from '../../src/lib/election/compute';
import { checkInput } from '../../src/lib/election/check-input';
import { POSTS, type ElectionInput, type Post } from '../../src/lib/election/types';
import { combinations } from '../../src/lib/election/variants';
import { seededRandom } from '../../src/lib/quiz/random';
import { HAINAN, PLAIN, village } from './election-fixtures';

/** A random but well-formed village election: every vote total fits the ballots cast. */
function randomElection(seed: number): ElectionInput {
  const r = seededRandom(seed);
  const int = (max: number) => Math.floor(r() * (max + 1));
  const returned = 20 + int(600);
  const seats = { director: int(1), deputy: int(2), member: 1 + int(2), woman: 0 };
  if (r() < 0.2) seats.woman = 1;
  const valid = returned - int(Math.floor(returned / 10));
  const rows: [string, 'f' | 'm', Partial<Record<Post, number>>, Post | null][] = [];
  const n = 2 + int(8);
  // Votes per post are drawn from what is left, so each post's total stays within valid × seats.
  const left: Record<Post, number> = {
    director: valid * seats.director,
    deputy: valid * seats.deputy,
    member: valid * seats.member,
    woman: valid * seats.woman,
  };
  for (let i = 0; i < n; i++) {
    const sex = r() < 0.4 ? 'f' : 'm';
    const votes: Partial<Record<Post, number>> = {};
    for (const post of POSTS) {
      if (seats[post] === 0 || (post === 'woman' && sex === 'm')) continue;
      votes[post] = Math.min(int(valid), left[post]);
      left[post] -= votes[post]!;
    }
    const posts = POSTS.filter((p) => seats[p] > 0);
    rows.push([`人${i}`, sex, votes, r() < 0.15 ? null : posts[int(posts.length - 1)]!]);
  }
  const input = village({
    registered: returned + 5 + int(returned),
    returned,
    issued: returned + int(5),
    invalid: returned - valid,
    seats,
    rows,
  });
  if (r() < 0.3 && n > 2) input.relatives = [['人0', '人1']];
  return input;
}

const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

describe('properties over 400 random elections and every variant', () => {
  it('the generator makes input the checker accepts (so the properties below are not vacuous)', () => {
    const rejected = SEEDS.map((s) => checkInput(randomElection(s))).filter((p) => p.length > 0);
    expect(rejected.slice(0, 3)).toEqual([]);
  });

  it('the elections cover the interesting cases: winners, open seats, reserved women seats, dropped relatives', () => {
    const outcomes = SEEDS.map((s) => evaluate(randomElection(s), HAINAN));
    expect(outcomes.filter((o) => o.posts.some((p) => p.elected.length > 0)).length).toBeGreaterThan(50);
    expect(outcomes.filter((o) => o.reElection.length > 0).length).toBeGreaterThan(50);
    expect(outcomes.filter((o) => o.reElection.some((r) => r.womenOnly)).length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o.relatives.some((d) => d.dropped)).length).toBeGreaterThan(0);
  });

  it('never more elected to a post than its seats, and nobody elected twice', () => {
    for (const seed of SEEDS) {
      const input = randomElection(seed);
      for (const { settings } of combinations({})) {
        const o = evaluate(input, settings);
        const all = o.posts.flatMap((p) => p.elected.map((s) => s.name));
        expect(new Set(all).size).toBe(all.length);
        for (const p of o.posts)
          expect(p.elected.length + p.open + p.ties.reduce((n, t) => n + t.seats, 0)).toBeLessThanOrEqual(
            input.seats[p.post],
          );
      }
    }
  });

  it('nobody is elected in the first round without more than half of the ballots cast', () => {
    for (const seed of SEEDS) {
      const input = randomElection(seed);
      for (const { settings } of combinations({})) {
        const o = evaluate(input, settings);
        for (const p of o.posts) for (const s of p.elected) expect(s.total * 2).toBeGreaterThan(o.cast);
      }
    }
  });

  it('every seat is accounted for: elected, tied for 再投一次, or open for 另行选举', () => {
    for (const seed of SEEDS) {
      const input = randomElection(seed);
      const o = evaluate(input, PLAIN);
      if (!o.validity.valid) continue;
      for (const p of o.posts)
        expect(p.elected.length + p.open + p.ties.reduce((n, t) => n + t.seats, 0)).toBe(input.seats[p.post]);
      const reSeats = o.reElection.reduce((n, r) => n + r.seats, 0);
      expect(reSeats).toBe(o.posts.reduce((n, p) => n + p.open, 0));
    }
  });

  it('re-election candidates were not elected in the first round, and are more than the seats where the pool allows', () => {
    for (const seed of SEEDS) {
      const o = evaluate(randomElection(seed), HAINAN);
      const elected = new Set(o.posts.flatMap((p) => p.elected.map((s) => s.name)));
      for (const r of o.reElection) {
        for (const c of r.candidates) expect(elected.has(c.name)).toBe(false);
        if (r.womenOnly)
          for (const c of r.candidates)
            expect(o.posts.flatMap((p) => p.standings).find((s) => s.name === c.name)?.sex).toBe('female');
      }
    }
  });

  it('the same input always gives the same answer', () => {
    for (const seed of SEEDS.slice(0, 50))
      expect(calculate(randomElection(seed), {})).toEqual(calculate(randomElection(seed), {}));
  });
});

describe('invalid input is named, never computed', () => {
  const good = () =>
    village({
      registered: 800,
      returned: 500,
      seats: { member: 3 },
      rows: [
        ['甲', 'f', { member: 300 }],
        ['乙', 'm', { member: 280 }],
      ],
    });
  const cases: [string, (i: ElectionInput) => void, string][] = [
    ['a negative count', (i) => (i.registered = -1), 'registered'],
    ['a fraction', (i) => (i.boxes[0]!.returned = 10.5), 'boxes[0].returned'],
    ['a blank number (NaN)', (i) => (i.invalid = Number.NaN), 'invalid'],
    ['no registered voters', (i) => (i.registered = 0), 'registered'],
    ['more void ballots than returned', (i) => (i.invalid = 501), 'invalid'],
    ['more ballots issued than registered', (i) => (i.boxes[0]!.issued = 900), 'boxes'],
    [
      'a candidate with more votes than valid ballots',
      (i) => (i.candidates[0]!.votes.member = 501),
      'candidates[0].votes.member',
    ],
    ['votes for a post with no seats', (i) => (i.candidates[0]!.votes.director = 10), 'candidates[0].votes.director'],
    [
      'a man with 妇女委员 votes',
      (i) => ((i.seats.woman = 1), (i.candidates[1]!.votes.woman = 10)),
      'candidates[1].votes.woman',
    ],
    ['the same name twice', (i) => (i.candidates[1]!.name = '甲'), 'candidates[1].name'],
    ['a blank name', (i) => (i.candidates[1]!.name = '  '), 'candidates[1].name'],
    [
      'more votes for a post than ballots allow',
      (i) =>
        i.candidates.push(
          { name: '丙', sex: 'male', nominatedFor: 'member', votes: { member: 500 } },
          { name: '丁', sex: 'male', nominatedFor: 'member', votes: { member: 500 } },
          { name: '戊', sex: 'male', nominatedFor: 'member', votes: { member: 500 } },
        ),
      'seats.member',
    ],
    ['two directors', (i) => (i.seats.director = 2), 'seats.director'],
    ['more seats than a village committee has', (i) => (i.seats.member = 8), 'seats'],
    ['no seats at all', (i) => (i.seats.member = 0), 'seats'],
    ['a relative who is not a candidate', (i) => (i.relatives = [['甲', '某']]), 'relatives[0]'],
    ['no candidates', (i) => (i.candidates = []), 'candidates'],
  ];
  for (const [what, spoil, field] of cases) {
    it(`${what}: named as ${field}, no outcome`, () => {
      const input = good();
      spoil(input);
      const result = calculate(input, { returnedBallots: 'issued' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => p.field)).toContain(field);
      for (const p of result.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('the good input itself is accepted', () => {
    expect(calculate(good(), { returnedBallots: 'issued' }).ok).toBe(true);
  });

  it('where voters may be the comparison, a missing 投票人数 is asked for', () => {
    const result = calculate(good(), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ field: 'voters' })]);
  });
});
