/**
 * The step-by-step explanation of one outcome, each line with the rule behind it. Lines about a
 * provincial variant say 本省规定 when the site's province fixed it, and name the provinces
 * otherwise. Pure text from data: the island only renders it.
 */
import { basis } from './basis';
import type { Outcome } from './compute';
import { oneThirdFloor } from './re-election';
import { POST_LABELS, type Basis, type ElectionInput, type Step } from './types';
import { VARIANTS, type Settings } from './variants';

/** The province's own rules as far as the calculator uses them. */
export interface ProvinceContext {
  province: string;
  regulation: string;
  /** Articles for the points the province fixed. */
  articles: Partial<Record<keyof Settings, string>>;
}

const names = (list: { name: string }[]) => list.map((s) => s.name).join('、');

export function explain(input: ElectionInput, o: Outcome, province: ProvinceContext | null): Step[] {
  const steps: Step[] = [];
  const v = o.validity;
  const variantBasis = (point: keyof Settings): Basis =>
    province && province.articles[point] !== undefined
      ? { grade: '本省规定', cite: `《${province.regulation}》${province.articles[point]}` }
      : { grade: '各地不同', cite: VARIANTS[point].cite };

  input.boxes.forEach((box, i) => {
    if (input.boxes.length > 1 || v.overfullBoxes.includes(i))
      steps.push({
        title: `逐箱核对：${box.name}`,
        detail: `发出 ${box.issued} 张，收回 ${box.returned} 张${v.overfullBoxes.includes(i) ? '，收回多于发出。请选举委员会先认定这一箱（海南：这一箱选票无效），再核算结果。' : '，没有多出。'}`,
        status: v.overfullBoxes.includes(i) ? 'fail' : 'pass',
        basis: basis.boxCheck,
      });
  });
  const comparedLabel = v.comparedWith.what === 'issued' ? '发出的选票数' : '投票人数';
  steps.push({
    title: '收回的选票不能多于应有数',
    detail: `收回 ${v.returned} 张，${comparedLabel} ${v.comparedWith.value}。${v.tooManyReturned ? '收回多于应有数，这次选举无效。' : '没有多出，这一项合格。'}`,
    status: v.tooManyReturned ? 'fail' : 'pass',
    basis: variantBasis('returnedBallots'),
  });
  const turnoutRule = input.kind === 'community-representatives' ? '超过三分之二' : '过半数';
  steps.push({
    title: `参加投票的须${turnoutRule}`,
    detail: `登记 ${input.registered} 人，至少要收回 ${v.turnoutNeeded} 张选票；实际收回 ${v.returned} 张。${v.turnoutMet ? '选举有效。' : '不足，这次选举无效。'}`,
    status: v.turnoutMet ? 'pass' : 'fail',
    basis: basis.turnout(input.kind),
  });
  if (!v.valid) return steps;

  steps.push({
    title: '当选要得参加投票的人过半数选票',
    detail: `收回 ${o.cast} 张（其中无效 ${input.invalid} 张，无效票也计入总数），当选至少要 ${o.threshold} 票${o.cast % 2 === 0 ? `；恰好一半（${o.cast / 2} 票）不够` : ''}。`,
    status: 'info',
    basis: basis.majority(input.kind),
  });
  if (input.invalid > 0)
    steps.push({
      title: '无效票计入选票总数',
      detail: `${input.invalid} 张无效票计入 ${o.cast} 张总数。`,
      status: 'info',
      basis: basis.voidCounted,
    });

  for (const p of o.posts) {
    const over = p.standings.filter((s) => s.total >= o.threshold);
    const added = o.settings.votesAddedDown && p.standings.some((s) => s.added > 0);
    steps.push({
      title: `${POST_LABELS[p.post]}（应选 ${p.seats} 人）`,
      detail: [
        over.length > 0
          ? `过半数的：${over.map((s) => `${s.name} ${s.total} 票${s.added > 0 ? `（含高职位票 ${s.added}）` : ''}`).join('，')}。`
          : '没有人过半数。',
        p.elected.length > 0 ? `当选：${names(p.elected)}。` : '',
        over.length > p.seats ? '过半数的人多于名额，以得票多的当选。' : '',
        p.open > 0 ? `${p.open} 个名额另行选举。` : '',
      ].join(''),
      status: p.elected.length === p.seats ? 'pass' : 'warn',
      basis: basis.majority(input.kind),
    });
    if (added)
      steps.push({
        title: '高职位票加到低职位',
        detail: `${POST_LABELS[p.post]}的得票含未当选的高职位票。`,
        status: 'info',
        basis: variantBasis('votesAddedDown'),
      });
    for (const t of p.ties)
      steps.push({
        title: '票数相等，再投一次',
        detail: `${t.names.join('、')} 各得 ${t.votes} 票，争 ${t.seats} 个${POST_LABELS[t.post]}名额：就这几人再投一次，以得票多的当选。`,
        status: 'warn',
        basis: basis.tieRevote,
      });
    if (p.woman) {
      const detail = {
        'top-woman-elected': `主任、副主任当选人中没有妇女；${p.elected[0]?.name ?? ''}是得票过半数的妇女中票数最多的，先确定当选委员，其余按得票多少。`,
        'seat-reserved': '主任、副主任当选人中没有妇女，也没有妇女委员得票过半数：留一个委员名额另行选举妇女成员。',
        'tie-among-women': '得票过半数的妇女中票数最多的有两人以上相同：就她们再投一次。',
      }[p.woman];
      steps.push({
        title: '妇女成员',
        detail,
        status: p.woman === 'top-woman-elected' ? 'pass' : 'warn',
        basis: variantBasis('womanMember'),
      });
    }
  }

  for (const d of o.relatives) {
    steps.push(
      d.undecided
        ? {
            title: '近亲属同时当选',
            detail: `${d.pair.join('、')} 职务和票数都相同，只能保留一人：按本省选举办法处理。`,
            status: 'warn',
            basis: basis.relativesTie,
          }
        : {
            title: '近亲属同时当选，只保留一人',
            detail: `${d.kept!.name}（${POST_LABELS[d.kept!.post]}）保留，${d.dropped!.name}（${POST_LABELS[d.dropped!.post]}）不再保留，空出的名额另行选举。`,
            status: 'warn',
            basis: basis.relativesKeep,
          },
    );
  }
  if (o.noWoman)
    steps.push({
      title: '当选人中没有妇女',
      detail: '委员会成员中应当有妇女。请按本省选举办法处理（见下方各地做法）。',
      status: 'warn',
      basis: basis.womanRequired(input.kind),
    });
  if (o.writeInsElected.length > 0)
    steps.push({
      title: '另选他人当选',
      detail: `${o.writeInsElected.join('、')} 不是正式候选人，当选前须经资格审查。`,
      status: 'warn',
      basis: basis.writeInReview,
    });

  for (const r of o.reElection) {
    steps.push({
      title: `另行选举：${POST_LABELS[r.post]}${r.womenOnly ? '（妇女成员）' : ''} ${r.seats} 名`,
      detail: `候选人按第一次得票多少、按原定差额（多 ${r.margin} 人）：${r.candidates.map((c) => `${c.name} ${c.votes} 票`).join('，') || '第一次投票没有可列的未当选人，须按本省选举办法另行提名'}。另行选举以得票多的当选，但不得少于已投选票总数的三分之一——若也收回 ${o.cast} 张，至少 ${oneThirdFloor(o.cast)} 票。`,
      status: 'info',
      basis: basis.reElection(input.kind),
    });
  }
  if (o.reElection.length > 0)
    steps.push({
      title: '另行选举的候选人数',
      detail: '按原定的差额数确定。',
      status: 'info',
      basis: basis.reElectionMargin,
    });
  return steps;
}
