/**
 * Plain Chinese for a point the province set, as the 本省规定 box and the calculator show it.
 * Pure: the same value always reads the same way, so lessons and the calculator never disagree.
 */
import type { LocalPointValue, LocalRulePoint } from './local-rules';

type Describers = { [P in LocalRulePoint]: (value: LocalPointValue<P>) => string };

const describers: Describers = {
  'returned-ballots': (v) =>
    v.compareWith === 'issued'
      ? '收回的选票与发出的选票数比对：多于发出数的，选举无效；等于或少于的，选举有效。'
      : '收回的选票与投票人数比对：多于投票人数的，选举无效；等于或少于的，选举有效。',
  'illegible-ballots': (v) =>
    v.void === 'part'
      ? '无法辨认的部分作废，其余部分仍然有效；整张都无法辨认的，整张作废。'
      : '有无法辨认之处的选票，整张作废。',
  'votes-added-down': (v) =>
    v.allowed
      ? '一次投票选几个职位时，高职位得票不足以当选的，可以加到低职位的得票里；低职位的票不能加到高职位。'
      : '本省选举办法没有规定高职位票可以加到低职位，各职位的得票分别计算。',
  'woman-member': (v) =>
    v['rule'] === 'top-woman-or-reserved-seat'
      ? '主任、副主任当选人中没有妇女的：有妇女得票过半数的，先确定其中得票最多的妇女当选委员；没有妇女得票过半数的，在委员名额中留一个名额另行选举妇女成员。'
      : '选票单列"妇女委员"职位；另行选举时已选出的成员中仍无妇女的，选票继续单列妇女委员职位。',
  're-election-timing': (v) =>
    v.sameDay
      ? `另行选举可以在选举日当日举行，也可以在选举日后 ${v.withinDays} 日内进行。`
      : `另行选举在选举日后 ${v.withinDays} 日内进行。`,
  'mobile-box-staff': (v) => {
    const staff = (s: { minStaff: number; minScrutineers: number }) =>
      s.minScrutineers > 0 ? `${s.minStaff} 名以上工作人员，其中至少 ${s.minScrutineers} 名监票人` : `${s.minStaff} 名以上工作人员`;
    const box = `每个流动票箱由 ${staff(v.mobileBox)}负责。`;
    return v.pollingStation ? `${box}每个投票站配 ${staff(v.pollingStation)}。` : box;
  },
  'certificate-issuer': (v) => `当选证书由${v.issuer}颁发。`,
  'ballot-archive': (v) => `选票和选举档案由${v.keeper}保管${v.period ? `，${v.period}` : ''}。`,
  'proxy-limit': (v) => `每名受托人接受委托不超过 ${v.max} 人。`,
};

export function describeLocalPoint<P extends LocalRulePoint>(point: P, value: LocalPointValue<P>): string {
  return (describers[point] as (v: LocalPointValue<P>) => string)(value);
}
