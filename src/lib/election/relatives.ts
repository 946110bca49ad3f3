/**
 * 近亲属回避 among the elected: of two close relatives both elected, one keeps the post — the
 * higher post, or with the same post the one with more votes. Same post and same votes is left
 * to the province (再投 or 村民会议), never decided here.
 */
import type { PostResult, Standing } from './first-round';
import type { Post } from './types';

const RANK: Record<Post, number> = { director: 0, deputy: 1, member: 2, woman: 2 };

export interface RelativeDecision {
  pair: [string, string];
  kept?: { name: string; post: Post };
  dropped?: { name: string; post: Post };
  /** Same post and same votes: the province decides. */
  undecided?: boolean;
}

/** Applies the rule in place of the elected lists; the seat a dropped person leaves is open. */
export function applyRelatives(
  results: PostResult[],
  pairs: [string, string][],
): { results: PostResult[]; decisions: RelativeDecision[] } {
  let current = results.map((r) => ({ ...r, elected: [...r.elected] }));
  const decisions: RelativeDecision[] = [];
  const seatOf = (name: string): { post: Post; standing: Standing } | undefined => {
    for (const r of current) {
      const standing = r.elected.find((s) => s.name === name);
      if (standing) return { post: r.post, standing };
    }
    return undefined;
  };
  for (const pair of pairs) {
    const a = seatOf(pair[0]);
    const b = seatOf(pair[1]);
    if (!a || !b) continue;
    let keep = a;
    let drop = b;
    if (RANK[a.post] !== RANK[b.post]) [keep, drop] = RANK[a.post] < RANK[b.post] ? [a, b] : [b, a];
    else if (a.standing.total !== b.standing.total)
      [keep, drop] = a.standing.total > b.standing.total ? [a, b] : [b, a];
    else {
      decisions.push({ pair, undecided: true });
      continue;
    }
    current = current.map((r) =>
      r.post === drop.post ? { ...r, elected: r.elected.filter((s) => s !== drop.standing), open: r.open + 1 } : r,
    );
    decisions.push({
      pair,
      kept: { name: keep.standing.name, post: keep.post },
      dropped: { name: drop.standing.name, post: drop.post },
    });
  }
  return { results: current, decisions };
}
