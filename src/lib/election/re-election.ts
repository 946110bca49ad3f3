/**
 * 另行选举: which seats go to it, who its candidates are, and who it elects. Promise: the
 * candidates come only from people not elected in the first round, most votes first; a
 * re-election winner has at least one third of the ballots cast (600 → 200), never fewer.
 */
import type { PostResult } from './first-round';
import type { CandidateInput, Post } from './types';

export interface ReElectionSeat {
  post: Post;
  seats: number;
  /** A member seat kept for a woman (海南、四川): only women stand for it. */
  womenOnly: boolean;
  candidates: { name: string; votes: number }[];
  /** Original margin used: nominated candidates minus seats, at least 1. */
  margin: number;
}

/** At least one third of the ballots cast: 3 × votes ≥ cast. */
export const meetsOneThird = (votes: number, cast: number) => votes * 3 >= cast;

/** The fewest votes that reach one third: 200 of 600, 201 of 601. */
export const oneThirdFloor = (cast: number) => Math.ceil(cast / 3);

export function planReElection(
  results: PostResult[],
  candidates: CandidateInput[],
  elected: Set<string>,
  excluded: Set<string>,
): ReElectionSeat[] {
  const plan: ReElectionSeat[] = [];
  for (const r of results) {
    const reserved = r.woman === 'seat-reserved' ? 1 : 0;
    const general = r.open - reserved;
    const nominated = candidates.filter((c) => c.nominatedFor === r.post).length;
    const margin = Math.max(1, nominated - r.seats);
    const pool = r.standings.filter((s) => !elected.has(s.name) && !excluded.has(s.name));
    if (general > 0)
      plan.push({ post: r.post, seats: general, womenOnly: false, margin, candidates: top(pool, general + margin) });
    if (reserved > 0) {
      const women = pool.filter((s) => s.sex === 'female');
      plan.push({ post: r.post, seats: 1, womenOnly: true, margin, candidates: top(women, 1 + margin) });
    }
  }
  return plan;
}

/** The first `count` by votes, plus anyone level with the last of them. */
function top(pool: { name: string; total: number }[], count: number) {
  if (pool.length <= count) return pool.map((s) => ({ name: s.name, votes: s.total }));
  const cutoff = pool[count - 1]!.total;
  return pool.filter((s, i) => i < count || s.total === cutoff).map((s) => ({ name: s.name, votes: s.total }));
}

export interface ReElectionResult {
  post: Post;
  womenOnly: boolean;
  seats: number;
  floor: number;
  elected: { name: string; votes: number }[];
  tie?: { seats: number; votes: number; names: string[] };
  /** Seats still empty: the province decides (暂缺, 再选 or 补选). */
  vacant: number;
}

/** Counts a re-election: most votes win, each with at least one third of the ballots cast. */
export function countReElection(seat: ReElectionSeat, votes: Record<string, number>, cast: number): ReElectionResult {
  const floor = oneThirdFloor(cast);
  const qualified = seat.candidates
    .map((c) => ({ name: c.name, votes: votes[c.name] ?? 0 }))
    .filter((c) => meetsOneThird(c.votes, cast) && c.votes > 0)
    .sort((a, b) => b.votes - a.votes);
  const base = { post: seat.post, womenOnly: seat.womenOnly, seats: seat.seats, floor };
  if (qualified.length <= seat.seats) return { ...base, elected: qualified, vacant: seat.seats - qualified.length };
  const cutoff = qualified[seat.seats - 1]!.votes;
  if (qualified[seat.seats]!.votes !== cutoff) return { ...base, elected: qualified.slice(0, seat.seats), vacant: 0 };
  const elected = qualified.filter((c) => c.votes > cutoff);
  const tied = qualified.filter((c) => c.votes === cutoff);
  return {
    ...base,
    elected,
    vacant: 0,
    tie: { seats: seat.seats - elected.length, votes: cutoff, names: tied.map((c) => c.name) },
  };
}
