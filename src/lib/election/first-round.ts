/**
 * Who is elected in the first round, post by post, from checked input. Promise: nobody is
 * elected without more than half of the ballots cast, and no post gets more people than seats;
 * a tie at the last seat is never broken by the calculator but sent to 再投一次.
 */
import type { CandidateInput, ElectionInput, Post } from './types';
import type { Settings } from './variants';

/** Rank posts a vote may be carried down from (the 妇女委员 post stands apart). */
const LADDER: Post[] = ['director', 'deputy', 'member'];

export interface Standing {
  name: string;
  sex: CandidateInput['sex'];
  nominatedFor: Post | null;
  /** Votes for this post as marked on the ballots. */
  own: number;
  /** Votes carried down from higher posts (only where the province allows it). */
  added: number;
  total: number;
}

export interface Tie {
  post: Post;
  seats: number;
  votes: number;
  names: string[];
}

export interface PostResult {
  post: Post;
  seats: number;
  /** Everyone eligible for this post, most votes first. */
  standings: Standing[];
  elected: Standing[];
  /** Ties across the last seat(s): each goes to 再投一次 among its names. */
  ties: Tie[];
  /** Seats that stay empty after the count: they go to 另行选举. */
  open: number;
  /** The woman-member rule's effect on this post, if any. */
  woman?: 'top-woman-elected' | 'seat-reserved' | 'tie-among-women';
}

/** More than half of the ballots cast, void ballots included: 2 × votes > cast. */
export const hasMajority = (votes: number, cast: number) => votes * 2 > cast;

/** The fewest votes that are more than half: 301 of 600, 301 of 601. */
export const majorityThreshold = (cast: number) => Math.floor(cast / 2) + 1;

export function firstRound(input: ElectionInput, cast: number, settings: Settings): PostResult[] {
  const results: PostResult[] = [];
  const taken = new Set<string>();
  for (const post of ['director', 'deputy', 'member', 'woman'] as Post[]) {
    const seats = input.seats[post];
    if (seats <= 0) continue;
    const standings = input.candidates
      .filter((c) => !taken.has(c.name) && (post !== 'woman' || c.sex === 'female'))
      .map((c) => standing(c, post, settings))
      .filter((s) => s.total > 0)
      .sort((a, b) => b.total - a.total);
    const majority = standings.filter((s) => hasMajority(s.total, cast));
    const womanRule =
      post === 'member' && settings.womanMember === 'top-woman-or-reserved-seat' && input.seats.woman === 0
        ? !results.some((r) => r.elected.some((s) => s.sex === 'female'))
        : false;
    const result = womanRule
      ? fillWithWomanRule(post, seats, standings, majority)
      : fill(post, seats, standings, majority);
    for (const s of result.elected) taken.add(s.name);
    results.push(result);
  }
  return results;
}

function standing(c: CandidateInput, post: Post, settings: Settings): Standing {
  const own = c.votes[post] ?? 0;
  const rank = LADDER.indexOf(post);
  const added =
    settings.votesAddedDown && rank > 0
      ? LADDER.slice(0, rank).reduce((sum, higher) => sum + (c.votes[higher] ?? 0), 0)
      : 0;
  return { name: c.name, sex: c.sex, nominatedFor: c.nominatedFor, own, added, total: own + added };
}

/** Highest first; a tie across the last seat goes to 再投一次 for the seats it spans. */
function fill(post: Post, seats: number, standings: Standing[], majority: Standing[]): PostResult {
  if (majority.length <= seats)
    return { post, seats, standings, elected: majority, ties: [], open: seats - majority.length };
  if (seats === 0) return { post, seats, standings, elected: [], ties: [], open: 0 };
  const cutoff = majority[seats - 1]!.total;
  if (majority[seats]!.total !== cutoff)
    return { post, seats, standings, elected: majority.slice(0, seats), ties: [], open: 0 };
  const elected = majority.filter((s) => s.total > cutoff);
  const tied = majority.filter((s) => s.total === cutoff);
  return {
    post,
    seats,
    standings,
    elected,
    open: 0,
    ties: [{ post, seats: seats - elected.length, votes: cutoff, names: tied.map((s) => s.name) }],
  };
}

/**
 * 海南、四川: no woman among the elected 主任/副主任 — the woman with most votes above half is
 * elected first; without one, one member seat is kept for a re-election of a woman.
 */
function fillWithWomanRule(post: Post, seats: number, standings: Standing[], majority: Standing[]): PostResult {
  const women = majority.filter((s) => s.sex === 'female');
  if (women.length === 0) {
    const rest = fill(post, seats - 1, standings, majority);
    return { ...rest, seats, open: rest.open + 1, woman: 'seat-reserved' };
  }
  const top = women[0]!;
  if (women[1]?.total === top.total) {
    // Two women level on most votes: 再投一次 between them for the woman's seat; the rest by votes.
    const tiedWomen = women.filter((s) => s.total === top.total);
    const others = majority.filter((s) => !tiedWomen.includes(s));
    const rest = fill(post, seats - 1, standings, others);
    const tie: Tie = { post, seats: 1, votes: top.total, names: tiedWomen.map((s) => s.name) };
    return { ...rest, seats, ties: [tie, ...rest.ties], woman: 'tie-among-women' };
  }
  const rest = fill(
    post,
    seats - 1,
    standings,
    majority.filter((s) => s !== top),
  );
  return { ...rest, seats, elected: [top, ...rest.elected], woman: 'top-woman-elected' };
}
