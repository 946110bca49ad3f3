/**
 * The rules behind each line of the explanation, worded once. Grades follow
 * election-day-practice.md: 法定 is national law; 通行做法 is what at least three of the eight
 * provincial texts read agree on; 常见做法 is written in a few of them while the rest are silent
 * (as the election-day lessons teach it, docs/election-day-sources.md); 各地不同 lists the provinces. A community (居委会) line cites
 * the 居法 and the one community text read (四川), never a village election rule.
 */
import type { Basis, ElectionKind } from './types';
import { COMMUNITY_OPEN, type Province } from './variants';

const isCommunity = (kind: ElectionKind) => kind !== 'village';
const law = (kind: ElectionKind, village: string, community: string): Basis => ({
  grade: '法定',
  cite: isCommunity(kind) ? `城市居民委员会组织法${community}` : `村民委员会组织法${village}`,
});

export const basis = {
  turnout: (kind: ElectionKind) => law(kind, '第十八条第二款', '第十九条第一款'),
  majority: (kind: ElectionKind) => law(kind, '第十八条第二款', '第十九条第二款'),
  reElection: (kind: ElectionKind) => law(kind, '第十八条第二款', '第十九条第二款'),
  womanRequired: (kind: ElectionKind) => law(kind, '第八条第二款', '第八条第二款'),
  voidCounted: (kind: ElectionKind): Basis =>
    isCommunity(kind)
      ? { grade: '各地不同', cite: '四川城市居民委员会选举条例第三十条：废票计入选票总数' }
      : {
          grade: '通行做法',
          cite: '北京办法第二十八条第二款、河北办法第二十八条第四款、四川条例第三十二条第二款：废票计入选票总数',
        },
  tieRevote: (kind: ElectionKind): Basis =>
    isCommunity(kind)
      ? {
          grade: '各地不同',
          cite: '票数相等不能确定当选人的，按本省居委会选举办法处理（村委会选举所读8省都是再投一次）',
        }
      : { grade: '通行做法', cite: '所读8省选举办法一致：票数相等不能确定当选人的，就票数相等的人再投一次' },
  relativesKeep: (kind: ElectionKind): Basis =>
    isCommunity(kind)
      ? { grade: '法定', cite: `城市居民委员会组织法第八条第二款（近亲属回避）；保留谁，${COMMUNITY_OPEN}` }
      : {
          grade: '常见做法',
          cite: '海南办法第三十三条、四川条例第三十五条第一款、浙江办法第三十一条第二款，河南实施办法也这样规定：保留职务高的，职务相同的保留得票多的（只保留一人为法定：村民委员会组织法第八条第二款）',
        },
  relativesTie: (kind: ElectionKind): Basis =>
    isCommunity(kind)
      ? { grade: '各地不同', cite: COMMUNITY_OPEN }
      : { grade: '各地不同', cite: '职务、票数都相同：四川、浙江继续投票；海南由村民会议决定' },
  writeInReview: (kind: ElectionKind): Basis =>
    isCommunity(kind)
      ? { grade: '各地不同', cite: COMMUNITY_OPEN }
      : {
          grade: '常见做法',
          cite: '四川条例第三十五条第二款、海南办法第三十五条第三款、浙江办法第三十二条：候选人以外的人当选，先经资格审查',
        },
  reElectionMargin: (kind: ElectionKind): Basis =>
    isCommunity(kind)
      ? { grade: '各地不同', cite: COMMUNITY_OPEN }
      : { grade: '通行做法', cite: '另行选举候选人按原定差额数确定（海南、四川、天津、上海、北京）' },
};

/** #22–#25: what each province does when no woman is elected, for the line that says so. */
export const WOMAN_PRACTICES =
  '海南、四川：先确定得票过半数最多的妇女，没有的留一个委员名额另行选举妇女成员；浙江：选票单列妇女委员职位，另行选举时仍无妇女的继续单列；其余所读文本没有计票上的规定，按本省选举办法处理。';

/** #44: how soon 另行选举 is held, for when the province has not set it. */
export const RE_ELECTION_TIMING_VARIANTS =
  '另行选举什么时候举行，各地不同：浙江当日或30日内；河北当场或10日内；四川当日或10日内；北京15日内；天津7日内；海南当选不足三人的15日内；上海当选不足三人的30日内。以本省选举办法为准。';
export const COMMUNITY_RE_ELECTION_TIMING =
  '另行选举什么时候举行，由本省居委会选举办法规定；四川城市居民委员会选举条例第三十五条：当日或10日内，不重新登记选民。';

/** #48: seats still empty after 另行选举, per province (village), with the article. */
export const VACANCY_RULES: { provinces: Province[]; rule: string; cite: string }[] = [
  {
    provinces: ['四川', '浙江'],
    rule: '当选已满三人的，不足名额可以暂缺；主任未选出的由副主任主持工作，主任、副主任都未选出的由村民代表会议在当选委员中推选一人主持',
    cite: '四川条例第三十八条、浙江办法第三十条',
  },
  {
    provinces: ['北京'],
    rule: '另选后超过三人且已选出主任的，经村民会议或村民代表会议决定可不再另选',
    cite: '北京办法第三十条第三款',
  },
  {
    provinces: ['上海'],
    rule: '当选达三人的，是否暂缺由村民会议或村民代表会议决定',
    cite: '上海办法第二十一条',
  },
  {
    provinces: ['海南'],
    rule: '已足三人但主任无人当选的仍须另选；主任已当选的，是否另选由村民会议或村民代表会议决定',
    cite: '海南办法第三十四条第二款',
  },
  {
    provinces: ['天津'],
    rule: '可以暂缺，三个月内补选（满三人经决定可不补选）；一个也没选出的，原村委会继续履职，三个月内再选',
    cite: '天津办法第三十四条',
  },
  {
    provinces: ['河北', '河南'],
    rule: '所读文本未见规定，按本省选举办法处理',
    cite: '河北办法、河南实施办法（所读版本）',
  },
];
export const COMMUNITY_VACANCY = {
  rule: '四川：另行选举后当选已达五人以上的，不足名额可以暂缺；其他省份按本省居委会选举办法处理',
  cite: '四川城市居民委员会选举条例第三十六条',
};
