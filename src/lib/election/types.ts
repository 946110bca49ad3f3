/**
 * What the result calculator takes in and gives back. Plain data only, so a half-filled form
 * can be stored and the rules stay testable without a browser.
 */

/** 村委会, or 居委会 by all voters, household representatives or resident representatives. */
export type ElectionKind = 'village' | 'community-all' | 'community-household' | 'community-representatives';

/** Posts in order of rank: 主任, 副主任, 委员, and 妇女委员 where the ballot lists it separately. */
export const POSTS = ['director', 'deputy', 'member', 'woman'] as const;
export type Post = (typeof POSTS)[number];

export const POST_LABELS: Record<Post, string> = {
  director: '主任',
  deputy: '副主任',
  member: '委员',
  woman: '妇女委员',
};

export type Sex = 'female' | 'male';

/** One ballot box: the main venue (会场 / 中心投票站), a 投票站 or a 流动票箱, checked on its own. */
export interface BoxInput {
  name: string;
  issued: number;
  returned: number;
}

export interface CandidateInput {
  name: string;
  sex: Sex;
  /** The post the person was nominated for, or null for 另选他人 (a write-in, reviewed if elected). */
  nominatedFor: Post | null;
  /** Votes per post; a post left out counts as 0. */
  votes: Partial<Record<Post, number>>;
}

export interface ElectionInput {
  kind: ElectionKind;
  /** 登记参加选举的村民 / 选民 / 户代表 / 居民代表. */
  registered: number;
  /** 投票人数: voters (and proxies for each voter) who signed in and took a ballot. */
  voters?: number;
  boxes: BoxInput[];
  /** Whole ballots found void (多选、全部无法辨认…); they still count in the total cast. */
  invalid: number;
  /** Seats per post; 0 for a post not on this ballot. */
  seats: Record<Post, number>;
  candidates: CandidateInput[];
  /** Declared close-relative pairs, by candidate name. */
  relatives: [string, string][];
}

/** A second-round (另行选举) count, entered after the first round's result. */
export interface ReElectionInput {
  /** 已投选票总数 of the re-election, void ballots included. */
  cast: number;
  issued: number;
  seats: Partial<Record<Post, number>>;
  /** Votes per candidate name per post. */
  votes: Record<string, Partial<Record<Post, number>>>;
}

/** How confident a line's rule is, as election-day-practice.md grades it. */
export type BasisGrade = '法定' | '通行做法' | '常见做法' | '本省规定' | '各地不同';

export interface Basis {
  grade: BasisGrade;
  /** Law and article, or the provinces and their articles. */
  cite: string;
}

export type StepStatus = 'pass' | 'fail' | 'info' | 'warn';

/** One line of the step-by-step explanation, with the rule behind it. */
export interface Step {
  title: string;
  detail: string;
  status: StepStatus;
  basis: Basis;
}

/** A problem with what was entered: `field` names the input, never a computed value. */
export interface InputProblem {
  field: string;
  message: string;
}
