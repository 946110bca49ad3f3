/**
 * The provincial variants that change a count, and which of the eight provinces read for
 * election-day-practice.md use each. When the site's province has not set a point, the
 * calculator works the count out under every variant and names the provinces behind each
 * outcome; it never picks one province's rule on its own.
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
}

type Choice<K extends keyof Settings> = { value: Settings[K]; provinces: readonly Province[]; label: string };

export const VARIANTS: { [K in keyof Settings]: { cite: string; choices: Choice<K>[] } } = {
  returnedBallots: {
    cite: '海南办法第二十九条、四川条例第三十二条、河南实施办法第三十五条；浙江办法第二十七条、上海办法第十九条、天津办法第三十二条、北京办法第二十八条、河北办法第二十八条',
    choices: [
      { value: 'issued', provinces: ['海南', '四川', '河南'], label: '收回选票与发出的选票数比对' },
      { value: 'voters', provinces: ['浙江', '上海', '天津', '北京', '河北'], label: '收回选票与投票人数比对' },
    ],
  },
  votesAddedDown: {
    cite: '海南办法第三十一条、河北办法第二十九条第二款',
    choices: [
      { value: true, provinces: ['海南', '河北'], label: '高职位票可以加到低职位' },
      {
        value: false,
        provinces: ['四川', '浙江', '上海', '天津', '北京', '河南'],
        label: '各职位得票分别计算（所读文本未规定相加）',
      },
    ],
  },
  womanMember: {
    cite: '海南办法第三十二条第三款、四川条例第三十四条；浙江办法第二十一条第三款',
    choices: [
      {
        value: 'top-woman-or-reserved-seat',
        provinces: ['海南', '四川'],
        label: '先确定得票过半数最多的妇女，没有的留一个委员名额另选妇女',
      },
      {
        value: 'by-votes',
        provinces: ['浙江', '上海', '天津', '北京', '河北', '河南'],
        label: '委员按得票多少确定（浙江在选票上单列妇女委员职位；其余所读文本未见这条计票规则）',
      },
    ],
  },
};

export type SettingsChoice = { [K in keyof Settings]?: Settings[K] };

/** The settings a province fixed in content/local.yaml; points it left out stay open. */
export function settingsFromLocalRules(rules: LocalRules | null, kind: 'village' | 'community'): SettingsChoice {
  if (!rules || (rules.appliesTo !== 'both' && rules.appliesTo !== kind)) return {};
  const { points } = rules;
  const fixed: SettingsChoice = {};
  if (points['returned-ballots']) fixed.returnedBallots = points['returned-ballots'].compareWith;
  if (points['votes-added-down']) fixed.votesAddedDown = points['votes-added-down'].allowed;
  if (points['woman-member'])
    fixed.womanMember =
      points['woman-member'].rule === 'top-woman-or-reserved-seat' ? 'top-woman-or-reserved-seat' : 'by-votes';
  return fixed;
}

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
      for (const choice of VARIANTS[key].choices as Choice<typeof key>[]) {
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
