/**
 * The result calculator's entry point: checked input in, one outcome per distinct result out.
 * Promise: nothing is counted while the input has a problem; each provincial variant the site's
 * province has not fixed is tried, and outcomes that differ are returned side by side, each with
 * the provinces (of the eight read) that use it. Pure: same input, same answer.
 */
import { checkInput, totalIssued, totalReturned } from './check-input';
import { firstRound, hasMajority, majorityThreshold, type PostResult, type Tie } from './first-round';
import { applyRelatives, type RelativeDecision } from './relatives';
import { planReElection, type ReElectionSeat } from './re-election';
import type { ElectionInput, InputProblem } from './types';
import {
  combinations,
  READ_PROVINCES,
  type Province,
  type Settings,
  type SettingsChoice,
  type SettingsCombination,
} from './variants';

/**
 * valid: winners can be counted; void: the election is void (its reason is the first failed
 * check); recount: a box's ballots are void (海南) and the figures must be entered again without
 * them before anyone can be declared elected.
 */
export type Verdict = 'valid' | 'void' | 'recount';

export interface Validity {
  issued: number;
  returned: number;
  /** Boxes whose returned ballots exceed those issued for them (checked one by one). */
  overfullBoxes: number[];
  /** What the returned ballots were compared with, and its number. */
  comparedWith: { what: 'issued' | 'voters'; value: number };
  tooManyReturned: boolean;
  /** Who took part: 投票人数 where entered (the law counts voters), else the ballots returned. */
  turnoutFrom: 'voters' | 'returned';
  turnoutCount: number;
  turnoutMet: boolean;
  /** The fewest taking part that meet the turnout rule. */
  turnoutNeeded: number;
  verdict: Verdict;
  valid: boolean;
}

export interface Outcome {
  settings: Settings;
  validity: Validity;
  /** Ballots cast, void included: the base of 过半数 and of 三分之一. */
  cast: number;
  threshold: number;
  posts: PostResult[];
  ties: Tie[];
  relatives: RelativeDecision[];
  reElection: ReElectionSeat[];
  /** No woman among the elected (the law requires a woman member). */
  noWoman: boolean;
  writeInsElected: string[];
}

export interface Scenario {
  outcome: Outcome;
  /** Every combination of open variants that leads to this outcome. */
  combinations: SettingsCombination[];
  provinces: Province[];
}

export type Calculation = { ok: false; problems: InputProblem[] } | { ok: true; scenarios: Scenario[] };

export function calculate(input: ElectionInput, fixed: SettingsChoice): Calculation {
  const problems = checkInput(input);
  if (fixed.returnedBallots !== 'issued' && input.voters === undefined)
    problems.push({
      field: 'voters',
      message:
        fixed.returnedBallots === 'voters'
          ? '本省规定收回选票与投票人数比对，请填写投票人数'
          : input.kind === 'village'
            ? '有的省份把收回选票与投票人数比对（浙江、上海、天津、北京、河北），请填写投票人数'
            : '有的地方把收回选票与投票人数比对，请填写投票人数',
    });
  if (problems.length > 0) return { ok: false, problems };

  const scenarios: Scenario[] = [];
  for (const combo of combinations(fixed)) {
    const outcome = evaluate(input, combo.settings);
    const key = signature(outcome);
    const same = scenarios.find((s) => signature(s.outcome) === key);
    if (same) {
      // Same result: keep the way of counting that has more to explain (votes carried down, the woman rule).
      if (detail(outcome) > detail(same.outcome)) same.outcome = outcome;
      same.combinations.push(combo);
      same.provinces = READ_PROVINCES.filter((p) => same.provinces.includes(p) || combo.provinces.includes(p));
    } else scenarios.push({ outcome, combinations: [combo], provinces: [...combo.provinces] });
  }
  return { ok: true, scenarios };
}

export function evaluate(input: ElectionInput, settings: Settings): Outcome {
  const validity = checkValidity(input, settings);
  const cast = validity.returned;
  const base = { settings, validity, cast, threshold: majorityThreshold(cast) };
  if (!validity.valid)
    return { ...base, posts: [], ties: [], relatives: [], reElection: [], noWoman: false, writeInsElected: [] };

  const first = firstRound(input, cast, settings);
  const { results: posts, decisions } = applyRelatives(first, input.relatives);
  const elected = new Set(posts.flatMap((p) => p.elected.map((s) => s.name)));
  const dropped = new Set(decisions.flatMap((d) => (d.dropped ? [d.dropped.name] : [])));
  const tied = new Set(posts.flatMap((p) => p.ties.flatMap((t) => t.names)));
  const electedStandings = posts.flatMap((p) => p.elected);
  return {
    ...base,
    posts,
    ties: posts.flatMap((p) => p.ties),
    relatives: decisions,
    reElection: planReElection(posts, input.candidates, elected, new Set([...dropped, ...tied])),
    noWoman:
      tied.size === 0 &&
      !electedStandings.some((s) => s.sex === 'female') &&
      !posts.some((p) => p.woman === 'seat-reserved'),
    writeInsElected: electedStandings.filter((s) => s.nominatedFor === null).map((s) => s.name),
  };
}

export function checkValidity(input: ElectionInput, settings: Settings): Validity {
  const issued = totalIssued(input);
  const returned = totalReturned(input);
  const overfullBoxes = input.boxes.flatMap((b, i) => (b.returned > b.issued ? [i] : []));
  const turnoutFrom: Validity['turnoutFrom'] = input.voters === undefined ? 'returned' : 'voters';
  const turnoutCount = input.voters ?? returned;
  const comparedWith =
    settings.returnedBallots === 'issued'
      ? { what: 'issued' as const, value: issued }
      : { what: 'voters' as const, value: input.voters ?? 0 };
  const tooManyReturned = returned > comparedWith.value;
  const turnoutNeeded =
    input.kind === 'community-representatives'
      ? Math.floor((input.registered * 2) / 3) + 1
      : Math.floor(input.registered / 2) + 1;
  const turnoutMet = turnoutCount >= turnoutNeeded;
  const verdict: Verdict =
    tooManyReturned || !turnoutMet
      ? 'void'
      : overfullBoxes.length > 0 && settings.boxCheck === 'box-void'
        ? 'recount'
        : 'valid';
  return {
    issued,
    returned,
    overfullBoxes,
    comparedWith,
    tooManyReturned,
    turnoutFrom,
    turnoutCount,
    turnoutMet,
    turnoutNeeded,
    verdict,
    valid: verdict === 'valid',
  };
}

/**
 * What a reader would call "the same result": the verdict and its reason, who is elected where,
 * every figure the explanation shows, what is left open. Outcomes merged under one signature
 * differ only in lines the explanation scopes to their provinces.
 */
function signature(o: Outcome): string {
  const v = o.validity;
  return JSON.stringify({
    verdict: [v.verdict, v.tooManyReturned && v.comparedWith.what, v.turnoutMet],
    posts: o.posts.map((p) => [
      p.post,
      p.elected.map((s) => s.name).sort(),
      p.open,
      p.standings.filter((s) => hasMajority(s.total, o.cast)).map((s) => [s.name, s.total]),
    ]),
    ties: o.ties,
    relatives: o.relatives,
    reElection: o.reElection.map((r) => [r.post, r.seats, r.womenOnly, r.candidates.map((c) => [c.name, c.votes])]),
  });
}

const detail = (o: Outcome) =>
  o.posts.filter((p) => p.woman).length + o.posts.flatMap((p) => p.standings).filter((s) => s.added > 0).length;
