/**
 * The provincial variants that change a count, and which of the eight provinces read for
 * election-day-practice.md use each. When the site's province has not set a point, the
 * calculator works the count out under every variant and names the provinces behind each
 * outcome; it never picks one province's rule on its own. Community (居委会) elections are
 * grouped by rule, not by province: the village texts do not govern them, and of the provinces'
 * community rules only 四川's was read.
 */
import type { LocalRules } from '../content/local-rules';

/** The eight provincial texts read in full (election-day-practice.md). */
export const READ_PROVINCES = ['海南', '四川', '浙江', '上海', '天津', '河北', '北京', '河南'] as const;
export type Province = (typeof READ_PROVINCES)[number];

/** What the count depends on; everything else about a province is explanation only. */
export interface Settings {
  /** #2: compare ballots returned with ballots issued, or with voters who voted. */
  returnedBallots: 'issued' | 'voters';
  /** #21: may a higher post's votes be added to a lower post? */
  votesAddedDown: boolean;
  /** #22, #23: woman member guaranteed by the top woman / a reserved seat, or no counting rule. */
  womanMember: 'top-woman-or-reserved-seat' | 'by-votes';
  /** #4: a 流动票箱 with more ballots than issued voids that box (海南), or only totals count. */
  boxCheck: 'box-void' | 'totals-only';
  /** #47: must more than half of the voters take part in 另行选举 too (河南)? */
  reElectionTurnout: boolean;
}

export interface Choice<K extends keyof Settings> {
  value: Settings[K];
  provinces: readonly Province[];
  label: string;
  /** The articles behind this choice, for village elections. */
  cite: string;
  /** The same for community elections, where a community text says it. */
  communityCite?: string;
}

/** Said where no community rule was read for a point. */
export const COMMUNITY_OPEN =
  '居委会的具体选举办法由省级人大常委会规定（城市居民委员会组织法第十九条第五款），以本省规定为准';

export const VARIANTS: { [K in keyof Settings]: Choice<K>[] } = {
  returnedBallots: [
    {
      value: 'issued',
      provinces: ['海南', '四川', '河南'],
      label: '收回选票与发出的选票数比对',
      cite: '海南办法第二十九条、四川条例第三十二条、河南实施办法第三十五条',
    },
    {
      value: 'voters',
      provinces: ['浙江', '上海', '天津', '北京', '河北'],
      label: '收回选票与投票人数比对',
      cite: '浙江办法第二十七条、上海办法第十九条、天津办法第三十二条、北京办法第二十八条、河北办法第二十八条',
    },
  ],
  votesAddedDown: [
    {
      value: true,
      provinces: ['海南', '河北'],
      label: '高职位票可以加到低职位',
      cite: '海南办法第三十一条、河北办法第二十九条第二款',
    },
    {
      value: false,
      provinces: ['四川', '浙江', '上海', '天津', '北京', '河南'],
      label: '各职位得票分别计算（所读文本未规定相加）',
      cite: '四川、浙江、上海、天津、北京、河南所读文本未规定职位票相加',
    },
  ],
  womanMember: [
    {
      value: 'top-woman-or-reserved-seat',
      provinces: ['海南', '四川'],
      label: '先确定得票过半数最多的妇女，没有的留一个委员名额另选妇女',
      cite: '海南办法第三十二条第三款、四川条例第三十四条',
      communityCite: '四川城市居民委员会选举条例第三十二条',
    },
    {
      value: 'by-votes',
      provinces: ['浙江', '上海', '天津', '北京', '河北', '河南'],
      label: '委员按得票多少确定（浙江在选票上单列妇女委员职位；其余所读文本未见这条计票规则）',
      cite: '浙江办法第二十一条第三款（选票单列妇女委员）；上海、天津、北京、河北、河南所读文本未见这条计票规则',
    },
  ],
  boxCheck: [
    {
      value: 'box-void',
      provinces: ['海南'],
      label: '流动票箱收回多于发出的，这一箱选票无效',
      cite: '海南办法第二十九条',
    },
    {
      value: 'totals-only',
      provinces: ['四川', '浙江', '上海', '天津', '河北', '北京', '河南'],
      label: '只比对全部票箱的合计',
      cite: '四川、浙江、上海、天津、河北、北京、河南所读文本只规定比对收回选票的总数',
    },
  ],
  reElectionTurnout: [
    {
      value: true,
      provinces: ['河南'],
      label: '另行选举也须过半数选民参加投票',
      cite: '河南实施办法第三十八条第二、三款',
    },
    {
      value: false,
      provinces: ['海南', '四川', '浙江', '上海', '天津', '河北', '北京'],
      label: '另行选举不另设投票人数门槛',
      cite: '海南、四川、浙江、上海、天津、河北、北京所读文本对另行选举的投票人数未作规定',
    },
  ],
};

export type SettingsChoice = { [K in keyof Settings]?: Settings[K] };

/** The province a local.yaml names, when it is one of the eight whose text was read. */
export function readProvince(rules: LocalRules | null): Province | null {
  return READ_PROVINCES.find((p) => rules?.province.startsWith(p)) ?? null;
}

/**
 * The settings a province fixed in content/local.yaml; points it left out stay open. For one of
 * the eight provinces read, the points local.yaml has no field for follow its text. Called with
 * null when no local.yaml is set.
 */
export function settingsFromLocalRules(rules: LocalRules | null, kind: 'village' | 'community'): SettingsChoice {
  // 河南's turnout rule for 另行选举 is a village rule; no community text read has one.
  const fixed: SettingsChoice = kind === 'community' ? { reElectionTurnout: false } : {};
  if (!rules || (rules.appliesTo !== 'both' && rules.appliesTo !== kind)) return fixed;
  const { points } = rules;
  if (points['returned-ballots']) fixed.returnedBallots = points['returned-ballots'].compareWith;
  if (points['votes-added-down']) fixed.votesAddedDown = points['votes-added-down'].allowed;
  if (points['woman-member'])
    fixed.womanMember =
      points['woman-member'].rule === 'top-woman-or-reserved-seat' ? 'top-woman-or-reserved-seat' : 'by-votes';
  const read = kind === 'village' ? readProvince(rules) : null;
  if (read) {
    fixed.boxCheck = choiceOf('boxCheck', read);
    fixed.reElectionTurnout = choiceOf('reElectionTurnout', read);
  }
  return fixed;
}

const choiceOf = <K extends keyof Settings>(key: K, province: Province): Settings[K] =>
  VARIANTS[key].find((c) => c.provinces.includes(province))!.value;

export interface SettingsCombination {
  settings: Settings;
  /** Provinces (of the eight read) whose rules are exactly this combination; empty when none. */
  provinces: Province[];
  /** Which open points this combination chose, with the label of each choice. */
  chosen: { point: keyof Settings; label: string }[];
}

/** Every combination of the open points, each with the provinces that use it. */
export function combinations(fixed: SettingsChoice): SettingsCombination[] {
  const keys = Object.keys(VARIANTS) as (keyof Settings)[];
  let list: SettingsCombination[] = [{ settings: {} as Settings, provinces: [...READ_PROVINCES], chosen: [] }];
  for (const key of keys) {
    const next: SettingsCombination[] = [];
    for (const combo of list) {
      if (fixed[key] !== undefined) {
        next.push({ ...combo, settings: { ...combo.settings, [key]: fixed[key] } });
        continue;
      }
      for (const choice of VARIANTS[key] as Choice<typeof key>[]) {
        next.push({
          settings: { ...combo.settings, [key]: choice.value },
          provinces: combo.provinces.filter((p) => choice.provinces.includes(p)),
          chosen: [...combo.chosen, { point: key, label: choice.label }],
        });
      }
    }
    list = next;
  }
  return list;
}
