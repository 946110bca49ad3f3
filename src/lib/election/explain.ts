/**
 * The step-by-step explanation of one outcome, each line with the rule behind it. Promise: the
 * checks stop at the first one that voids the election, so no line after a void verdict says
 * otherwise; a line that holds only in some provinces says which (or 本省规定 when the site's
 * province fixed it), so a worker never reads another province's rule as their own. Pure text
 * from data: the island only renders it.
 */
import { basis, WOMAN_PRACTICES } from './basis';
import { registeredName } from './check-input';
import type { Outcome, Scenario } from './compute';
import { oneThirdFloor } from './re-election';
import { POST_LABELS, type ElectionInput, type Step } from './types';
import { somewhere, variantRule, type ProvinceContext, type VariantRule } from './variant-rule';
import type { Settings } from './variants';

export type { ProvinceContext } from './variant-rule';

const names = (list: { name: string }[]) => list.map((s) => s.name).join('、');

/** "海南：…" where only some of the merged provinces follow the line. */
const scoped = (rule: VariantRule, text: string) => (rule.all && rule.who !== '本省' ? text : `${rule.who}：${text}`);

export function explain(input: ElectionInput, scenario: Scenario, province: ProvinceContext | null): Step[] {
  const o = scenario.outcome;
  const steps: Step[] = [];
  const v = o.validity;
  const rule = <K extends keyof Settings>(point: K, value: Settings[K]) =>
    variantRule(scenario, input.kind, province, point, value);

  // One box is checked by the totals below; the box-by-box rule is for 投票站 and 流动票箱.
  if (input.boxes.length > 1)
    input.boxes.forEach((box) => {
      const over = box.returned - box.issued;
      const figures = `发出 ${box.issued} 张，收回 ${box.returned} 张`;
      const voids = somewhere(scenario, input.kind, 'boxCheck', 'box-void') ? rule('boxCheck', 'box-void') : null;
      const totals = somewhere(scenario, input.kind, 'boxCheck', 'totals-only')
        ? rule('boxCheck', 'totals-only')
        : null;
      const own = (voids ?? totals)!;
      steps.push({
        title: `逐箱核对：${box.name}`,
        detail:
          over <= 0 || v.tooManyReturned
            ? `${figures}${over > 0 ? `，多出 ${over} 张` : '，没有多出'}。`
            : [
                `${figures}，多出 ${over} 张。`,
                voids ? scoped(voids, '这一箱的选票无效（不是整个选举无效）。') : '',
                totals
                  ? scoped(
                      totals,
                      '只比对全部票箱的合计，这一箱多出不单独使选举无效；请选举委员会查明原因并记入计票记录。',
                    )
                  : '',
              ].join(''),
        status: over <= 0 ? 'pass' : voids ? 'fail' : 'warn',
        basis: own.basis,
      });
    });

  // Void scenarios never mix the two comparisons (see compute's signature); passing ones may.
  const compared = (['issued', 'voters'] as const)
    .filter((what) => somewhere(scenario, input.kind, 'returnedBallots', what))
    .map((what) => ({
      rule: rule('returnedBallots', what),
      text: `${what === 'issued' ? '发出的选票数' : '投票人数'} ${what === 'issued' ? v.issued : (input.voters ?? 0)}`,
    }));
  steps.push({
    title: '收回的选票不能多于应有数',
    detail: v.tooManyReturned
      ? `收回 ${v.returned} 张，多于${compared[0]!.text}：这次选举无效。`
      : `收回 ${v.returned} 张，没有多出：${compared.map((c) => (compared.length > 1 ? `${c.rule.who}比对${c.text}` : `比对${c.text}`)).join('；')}。这一项合格。`,
    status: v.tooManyReturned ? 'fail' : 'pass',
    basis:
      compared.length > 1
        ? { grade: '各地不同', cite: compared.map((c) => c.rule.basis.cite).join('；') }
        : compared[0]!.rule.basis,
  });
  if (v.tooManyReturned) return steps;

  const turnoutRule = input.kind === 'community-representatives' ? '超过三分之二' : '过半数';
  const counted =
    v.turnoutFrom === 'voters'
      ? `按填写的投票人数计：${v.turnoutCount} 人${v.returned !== v.turnoutCount ? `（收回选票 ${v.returned} 张）` : ''}`
      : `没有填写投票人数，按收回的选票计：${v.turnoutCount} 张`;
  steps.push({
    title: `参加投票的须${turnoutRule}`,
    detail: `${registeredName(input.kind)} ${input.registered}，参加投票的至少要 ${v.turnoutNeeded} 人；${counted}。${v.turnoutMet ? '这一项合格。' : '不足：这次选举无效。'}`,
    status: v.turnoutMet ? 'pass' : 'fail',
    basis: basis.turnout(input.kind),
  });
  if (v.verdict === 'void') return steps;
  if (v.verdict === 'recount') {
    steps.push({
      title: '先扣除无效的票箱，再确定当选人',
      detail: `请选举委员会确认后，从收回选票和各人得票中去掉${v.overfullBoxes.map((i) => input.boxes[i]!.name).join('、')}的票，按去掉后的数字重新录入、核算。`,
      status: 'warn',
      basis: rule('boxCheck', 'box-void').basis,
    });
    return steps;
  }

  steps.push({
    title: '当选要得参加投票的人过半数选票',
    detail: `选票总数 ${o.cast} 张（其中无效 ${input.invalid} 张，无效票也计入总数），当选至少要 ${o.threshold} 票${o.cast % 2 === 0 ? `；恰好一半（${o.cast / 2} 票）不够` : ''}。`,
    status: 'info',
    basis: basis.majority(input.kind),
  });
  if (input.invalid > 0)
    steps.push({
      title: '无效票计入选票总数',
      detail: `${input.invalid} 张无效票计入 ${o.cast} 张总数。`,
      status: 'info',
      basis: basis.voidCounted(input.kind),
    });

  for (const p of o.posts) {
    const over = p.standings.filter((s) => s.total >= o.threshold);
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
    const carried = p.standings.filter((s) => s.added > 0);
    if (carried.length > 0) {
      const carry = rule('votesAddedDown', true);
      steps.push({
        title: '高职位票加到低职位',
        detail: scoped(
          carry,
          `${POST_LABELS[p.post]}的得票加上了未当选的高职位票：${carried.map((s) => `${s.name} ${s.own} + ${s.added} = ${s.total} 票`).join('，')}。`,
        ),
        status: 'info',
        basis: carry.basis,
      });
    }
    for (const t of p.ties)
      steps.push({
        title: '票数相等，再投一次',
        detail: `${t.names.join('、')} 各得 ${t.votes} 票，争 ${t.seats} 个${POST_LABELS[t.post]}名额：就这几人再投一次，以得票多的当选。`,
        status: 'warn',
        basis: basis.tieRevote(input.kind),
      });
    if (p.woman) {
      const womanRule = rule('womanMember', 'top-woman-or-reserved-seat');
      const detail = {
        'top-woman-elected': `主任、副主任当选人中没有妇女；${p.elected[0]?.name ?? ''}是得票过半数的妇女中票数最多的，先确定当选委员，其余按得票多少。`,
        'seat-reserved': '主任、副主任当选人中没有妇女，也没有妇女委员得票过半数：留一个委员名额另行选举妇女成员。',
        'tie-among-women': '得票过半数的妇女中票数最多的有两人以上相同：就她们再投一次。',
      }[p.woman];
      steps.push({
        title: '妇女成员',
        detail: scoped(womanRule, detail),
        status: p.woman === 'top-woman-elected' ? 'pass' : 'warn',
        basis: womanRule.basis,
      });
    }
  }

  for (const d of o.relatives) {
    steps.push(
      d.undecided
        ? {
            title: '近亲属同时当选',
            detail: `${d.pair.join('、')} 职务和票数都相同，只能保留一人：按本省${input.kind === 'village' ? '' : '居委会'}选举办法处理。`,
            status: 'warn',
            basis: basis.relativesTie(input.kind),
          }
        : {
            title: '近亲属同时当选，只保留一人',
            detail: `${d.kept!.name}（${POST_LABELS[d.kept!.post]}）保留，${d.dropped!.name}（${POST_LABELS[d.dropped!.post]}）不再保留，空出的名额另行选举。`,
            status: 'warn',
            basis: basis.relativesKeep(input.kind),
          },
    );
  }
  if (o.noWoman)
    steps.push({
      title: '当选人中没有妇女',
      detail: `委员会成员中应当有妇女。${noWomanPractice(input, province)}`,
      status: 'warn',
      basis: basis.womanRequired(input.kind),
    });
  if (o.writeInsElected.length > 0)
    steps.push({
      title: '另选他人当选',
      detail: `${o.writeInsElected.join('、')} 不是正式候选人，当选前须经资格审查。`,
      status: 'warn',
      basis: basis.writeInReview(input.kind),
    });

  for (const r of o.reElection) {
    steps.push({
      title: `另行选举：${POST_LABELS[r.post]}${r.womenOnly ? '（妇女成员）' : ''} ${r.seats} 名`,
      detail: `候选人按第一次得票多少、按原定差额（多 ${r.margin} 人）：${r.candidates.map((c) => `${c.name} ${c.votes} 票`).join('，') || '第一次投票没有可列的未当选人，须按本省选举办法另行提名'}。另行选举以得票多的当选，但不得少于已投选票总数的三分之一——若也收回 ${o.cast} 张，至少 ${oneThirdFloor(o.cast)} 票。`,
      status: 'info',
      basis: basis.reElection(input.kind),
    });
  }
  if (o.reElection.length > 0) {
    steps.push({
      title: '另行选举的候选人数',
      detail: '按原定的差额数确定。',
      status: 'info',
      basis: basis.reElectionMargin(input.kind),
    });
    if (somewhere(scenario, input.kind, 'reElectionTurnout', true)) {
      const turnout = rule('reElectionTurnout', true);
      steps.push({
        title: '另行选举的投票人数',
        detail: scoped(
          turnout,
          `另行选举也须过半数选民参加投票（${registeredName(input.kind)} ${input.registered}，至少 ${Math.floor(input.registered / 2) + 1} 人），候选人先看是否得参加投票的过半数，达不到的以得票多的当选，但不少于三分之一。`,
        ),
        status: 'info',
        basis: turnout.basis,
      });
    }
  }
  return steps;
}

/** Where no woman is elected: this province's rule if set, else what each province does. */
function noWomanPractice(input: ElectionInput, province: ProvinceContext | null): string {
  if (province?.articles.womanMember !== undefined)
    return `按《${province.regulation}》${province.articles.womanMember}处理。`;
  if (input.kind !== 'village')
    return '四川城市居民委员会选举条例第三十二条：先确定得票最多的妇女，或留一个名额另行选举妇女成员；其他省份按本省居委会选举办法处理。';
  return WOMAN_PRACTICES;
}

/** The one-line verdict shown first: the result, or the reason the election is void. */
export function verdictLine(input: ElectionInput, o: Outcome): string {
  const v = o.validity;
  if (v.tooManyReturned)
    return `这次选举无效：收回的选票（${v.returned} 张）多于${v.comparedWith.what === 'issued' ? '发出的选票数' : '投票人数'}（${v.comparedWith.value}）。`;
  if (!v.turnoutMet)
    return `这次选举无效：参加投票的 ${v.turnoutCount} 人没有达到${input.kind === 'community-representatives' ? '超过三分之二' : '过半数'}（${registeredName(input.kind)} ${input.registered}，至少要 ${v.turnoutNeeded} 人）。`;
  if (v.verdict === 'recount')
    return `${v.overfullBoxes.map((i) => `${input.boxes[i]!.name}收回 ${input.boxes[i]!.returned} 张、多于发出的 ${input.boxes[i]!.issued} 张`).join('；')}：这一箱的选票无效，选举本身不因此无效。先扣除这一箱的票再核算当选人。`;
  return '选举有效。';
}
