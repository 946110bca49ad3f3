/**
 * The rules behind each line of the explanation, worded once. Grades follow
 * election-day-practice.md: 法定 is national law; 通行做法 is what at least three of the eight
 * provincial texts read agree on; 各地不同 lists the provinces.
 */
import type { Basis, ElectionKind } from './types';

const isCommunity = (kind: ElectionKind) => kind !== 'village';

export const basis = {
  turnout: (kind: ElectionKind): Basis => ({
    grade: '法定',
    cite: isCommunity(kind) ? '城市居民委员会组织法第十九条第一款' : '村民委员会组织法第十八条第二款',
  }),
  majority: (kind: ElectionKind): Basis => ({
    grade: '法定',
    cite: isCommunity(kind) ? '城市居民委员会组织法第十九条第二款' : '村民委员会组织法第十八条第二款',
  }),
  reElection: (kind: ElectionKind): Basis => ({
    grade: '法定',
    cite: isCommunity(kind) ? '城市居民委员会组织法第十九条第二款' : '村民委员会组织法第十八条第二款',
  }),
  committeeSize: (kind: ElectionKind): Basis => ({
    grade: '法定',
    cite: isCommunity(kind)
      ? '城市居民委员会组织法第八条第一款（五至九人）'
      : '村民委员会组织法第八条第一款（三至七人）',
  }),
  womanRequired: (kind: ElectionKind): Basis => ({
    grade: '法定',
    cite: isCommunity(kind) ? '城市居民委员会组织法第八条第二款' : '村民委员会组织法第八条第二款',
  }),
  relativesAvoid: (kind: ElectionKind): Basis => ({
    grade: '法定',
    cite: isCommunity(kind)
      ? '城市居民委员会组织法第八条第二款（近亲属回避）'
      : '村民委员会组织法第八条第二款（近亲属回避）',
  }),
  voidCounted: {
    grade: '通行做法',
    cite: '北京办法第二十八条第二款、河北办法第二十八条第四款、四川条例第三十二条第二款：废票计入选票总数',
  } as Basis,
  tieRevote: {
    grade: '通行做法',
    cite: '所读8省选举办法一致：票数相等不能确定当选人的，就票数相等的人再投一次',
  } as Basis,
  relativesKeep: {
    grade: '通行做法',
    cite: '海南办法第三十三条、四川条例第三十五条第一款、浙江办法第三十一条第二款：保留职务高的，职务相同的保留得票多的',
  } as Basis,
  relativesTie: {
    grade: '各地不同',
    cite: '职务、票数都相同：四川、浙江继续投票；海南由村民会议决定',
  } as Basis,
  writeInReview: {
    grade: '通行做法',
    cite: '四川条例第三十五条第二款、海南办法第三十五条第三款、浙江办法第三十二条：候选人以外的人当选，先经资格审查',
  } as Basis,
  reElectionMargin: {
    grade: '通行做法',
    cite: '另行选举候选人按原定差额数确定（海南、四川、天津、上海、北京）',
  } as Basis,
  boxCheck: {
    grade: '各地不同',
    cite: '海南办法第二十九条：流动票箱单独核对，多于该箱应有票数的，这一箱选票无效（所读文本中仅见海南）',
  } as Basis,
  vacancyAfterReElection: {
    grade: '各地不同',
    cite: '四川、浙江：另选后当选满三人的不足名额可以暂缺；上海、北京、海南、天津另有规定（见本省选举办法）',
  } as Basis,
  reElectionTurnout: {
    grade: '各地不同',
    cite: '河南实施办法第三十八条：另行选举也须过半数选民参加投票；其余所读文本未作规定',
  } as Basis,
};

/** #44: how soon 另行选举 is held, for when the province has not set it. */
export const RE_ELECTION_TIMING_VARIANTS =
  '另行选举什么时候举行，各地不同：浙江当日或30日内；河北当场或10日内；四川当日或10日内；北京15日内；天津7日内；海南当选不足三人的15日内；上海当选不足三人的30日内。以本省选举办法为准。';
