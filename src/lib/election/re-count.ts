/**
 * 另行选举 as typed after the second vote, counted for every way of counting the first round
 * gave. Promise: the figures pass the same checks as the main form (each problem names its field
 * by seat and row number, never by a name, so any name gets its own box); nothing is counted
 * while one remains; a blank vote counts as 0 and is listed; a province whose rule voids the
 * re-election (河南: more than half must vote) or leaves seats empty is named with its article.
 */
import { COMMUNITY_VACANCY, VACANCY_RULES } from './basis';
import { registeredName } from './check-input';
import type { Scenario } from './compute';
import { countProblem, parseCount } from './form';
import { countReElection, type ReElectionResult } from './re-election';
import { POST_LABELS, type ElectionInput, type InputProblem, type Post } from './types';
import { somewhere, variantRule, type ProvinceContext, type VariantRule } from './variant-rule';

/** One re-election ballot section: a post (or its seat kept for a woman) and everyone standing in any outcome. */
export interface ReSeat {
  key: string;
  post: Post;
  womenOnly: boolean;
  label: string;
  names: string[];
}

export function reSeats(scenarios: Scenario[]): ReSeat[] {
  const seats: ReSeat[] = [];
  for (const s of scenarios)
    for (const r of s.outcome.reElection) {
      const key = `${r.post}${r.womenOnly ? '-woman' : ''}`;
      let seat = seats.find((x) => x.key === key);
      if (!seat) {
        seat = { key, post: r.post, womenOnly: r.womenOnly, label: seatLabel(r), names: [] };
        seats.push(seat);
      }
      for (const c of r.candidates) if (!seat.names.includes(c.name)) seat.names.push(c.name);
    }
  return seats;
}

const seatLabel = (r: { post: Post; womenOnly: boolean }) =>
  `${POST_LABELS[r.post]}${r.womenOnly ? '（妇女成员）' : ''}`;

/** The stored key of one vote box; drafts saved before seats had keys used the name alone. */
export const reVoteKey = (seat: ReSeat, name: string) => `${seat.key}|${name}`;
export const typedVote = (reVotes: Record<string, string>, seat: ReSeat, name: string) =>
  reVotes[reVoteKey(seat, name)] ?? reVotes[name] ?? '';

/** Field paths, by position so that no name can make two boxes share an id. */
export const reField = (seat: number, row?: number) =>
  row === undefined ? `reVotes[${seat}]` : `reVotes[${seat}][${row}]`;

export interface ReEntry {
  cast: number;
  votes: Record<string, Record<string, number>>;
}

export interface ReRead {
  /** Null until the ballots cast are entered, or while a problem remains. */
  entry: ReEntry | null;
  problems: InputProblem[];
  /** Blank vote boxes, counted as 0: "张三（委员）". */
  blanks: string[];
}

export function readReElection(
  reCast: string,
  reVotes: Record<string, string>,
  seats: ReSeat[],
  scenarios: Scenario[],
  registered: number,
): ReRead {
  const problems: InputProblem[] = [];
  const blanks: string[] = [];
  if (reCast.trim() === '') return { entry: null, problems, blanks };
  const castProblem = countProblem(reCast, '另行选举已投选票总数');
  if (castProblem) problems.push({ field: 'reCast', message: castProblem });
  const cast = parseCount(reCast) ?? Number.NaN;
  if (cast === 0) problems.push({ field: 'reCast', message: '另行选举已投选票总数不能为 0' });
  if (cast > registered)
    problems.push({ field: 'reCast', message: `另行选举已投选票（${cast}）多于登记人数（${registered}），请核对` });
  const votes: ReEntry['votes'] = {};
  seats.forEach((seat, s) => {
    votes[seat.key] = {};
    let sum = 0;
    seat.names.forEach((name, n) => {
      const text = typedVote(reVotes, seat, name);
      const label = `${name}的${seat.label}得票`;
      if (text.trim() === '') {
        blanks.push(`${name}（${seat.label}）`);
        votes[seat.key]![name] = 0;
        return;
      }
      const problem = countProblem(text, label);
      const v = parseCount(text);
      if (problem || v === null) return void problems.push({ field: reField(s, n), message: problem! });
      if (v > cast) problems.push({ field: reField(s, n), message: `${label}（${v}）多于另行选举已投选票（${cast}）` });
      votes[seat.key]![name] = v;
      sum += v;
    });
    const most = Math.max(
      ...scenarios.flatMap((x) => x.outcome.reElection.filter((r) => seatOf(r) === seat.key).map((r) => r.seats)),
    );
    if (sum > cast * most)
      problems.push({
        field: reField(s),
        message: `${seat.label}得票合计 ${sum} 张，超过已投选票 ${cast} × 另选 ${most} 名 = ${cast * most}：一张票选的人不能多于另选名额，请核对`,
      });
  });
  return { entry: problems.length > 0 ? null : { cast, votes }, problems, blanks };
}

const seatOf = (r: { post: Post; womenOnly: boolean }) => `${r.post}${r.womenOnly ? '-woman' : ''}`;

/** One province group's re-election result within one first-round outcome. */
export interface ReGroup {
  /** Set where only some provinces of the outcome follow this result (河南's turnout rule). */
  rule: VariantRule | null;
  /** Why the re-election is void, first; null when it counts. */
  voidReason: string | null;
  results: ReElectionResult[];
  /** Elected in the first round and in this re-election together. */
  electedTotal: number;
  vacant: number;
}

export function countReElections(
  input: ElectionInput,
  scenario: Scenario,
  entry: ReEntry,
  province: ProvinceContext | null,
): ReGroup[] {
  const o = scenario.outcome;
  const firstElected = o.posts.reduce((n, p) => n + p.elected.length, 0);
  const results = o.reElection.map((seat) => countReElection(seat, entry.votes[seatOf(seat)] ?? {}, entry.cast));
  const counted = {
    voidReason: null,
    results,
    electedTotal: firstElected + results.reduce((n, r) => n + r.elected.length, 0),
    vacant: results.reduce((n, r) => n + r.vacant, 0),
  };
  const needed = Math.floor(input.registered / 2) + 1;
  const required = somewhere(scenario, input.kind, 'reElectionTurnout', true);
  if (entry.cast >= needed || !required) return [{ rule: null, ...counted }];
  const rule = (value: boolean) => variantRule(scenario, input.kind, province, 'reElectionTurnout', value);
  const voided: ReGroup = {
    rule: rule(true),
    voidReason: `另行选举参加投票的 ${entry.cast} 人没有过半数（${registeredName(input.kind)} ${input.registered}，至少要 ${needed} 人）：这次另行选举无效。`,
    results: [],
    electedTotal: firstElected,
    vacant: o.reElection.reduce((n, r) => n + r.seats, 0),
  };
  return somewhere(scenario, input.kind, 'reElectionTurnout', false)
    ? [voided, { rule: rule(false), ...counted }]
    : [voided];
}

/** One seat's result in words: who is elected, a tie at the floor, or nobody reaching it. */
export function describeReResult(r: ReElectionResult): string {
  const parts: string[] = [];
  if (r.elected.length > 0) parts.push(`${r.elected.map((c) => `${c.name} ${c.votes} 票`).join('、')} 当选`);
  if (r.tie)
    parts.push(
      `${r.tie.names.join('、')} 各 ${r.tie.votes} 票，都达到三分之一（${r.floor} 票），票数相等：就这几人再投一次，争 ${r.tie.seats} 名`,
    );
  if (r.elected.length === 0 && !r.tie) parts.push(`无人达到三分之一（至少 ${r.floor} 票）`);
  if (r.vacant > 0) parts.push(`仍缺 ${r.vacant} 名`);
  return parts.join('；');
}

/** What happens to seats still empty: this province's rule, or each province's (#48). */
export function vacancyRules(
  kind: ElectionInput['kind'],
  scenario: Scenario,
  province: ProvinceContext | null,
): { rule: string; cite: string }[] {
  if (kind !== 'village') return [COMMUNITY_VACANCY];
  const read = province?.read;
  if (province && !read) return [{ rule: '按本省选举办法处理', cite: `《${province.regulation}》` }];
  const among = read ? [read] : scenario.provinces.length > 0 ? scenario.provinces : null;
  return VACANCY_RULES.filter((v) => !among || v.provinces.some((p) => among.includes(p))).map((v) => ({
    rule: `${v.provinces.join('、')}：${v.rule}`,
    cite: v.cite,
  }));
}
