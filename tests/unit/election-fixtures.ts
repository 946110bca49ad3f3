import type { CandidateInput, ElectionInput, Post } from '../../src/lib/election/types';

type Row = [name: string, sex: 'f' | 'm', votes: Partial<Record<Post, number>>, nominatedFor?: Post | null];

/** A village election with one box; `rows` are [name, sex, votes, nominated post]. */
export function village(opts: {
  registered?: number;
  issued?: number;
  returned: number;
  voters?: number;
  invalid?: number;
  seats: Partial<Record<Post, number>>;
  rows: Row[];
  relatives?: [string, string][];
}): ElectionInput {
  const candidates: CandidateInput[] = opts.rows.map(([name, sex, votes, nominatedFor]) => ({
    name,
    sex: sex === 'f' ? 'female' : 'male',
    votes,
    nominatedFor: nominatedFor === undefined ? (Object.keys(votes)[0] as Post) : nominatedFor,
  }));
  return {
    kind: 'village',
    registered: opts.registered ?? opts.returned * 2 - 1,
    voters: opts.voters,
    boxes: [{ name: '中心会场', issued: opts.issued ?? opts.returned, returned: opts.returned }],
    invalid: opts.invalid ?? 0,
    seats: { director: 0, deputy: 0, member: 0, woman: 0, ...opts.seats },
    candidates,
    relatives: opts.relatives ?? [],
  };
}

/** All open variants fixed the way 海南 counts, so one outcome comes back. */
export const HAINAN = {
  returnedBallots: 'issued',
  votesAddedDown: true,
  womanMember: 'top-woman-or-reserved-seat',
  boxCheck: 'box-void',
  reElectionTurnout: false,
} as const;
/** Fixed to "by votes, no carrying down, compare with issued, totals only": no provincial rule in play. */
export const PLAIN = {
  returnedBallots: 'issued',
  votesAddedDown: false,
  womanMember: 'by-votes',
  boxCheck: 'totals-only',
  reElectionTurnout: false,
} as const;
