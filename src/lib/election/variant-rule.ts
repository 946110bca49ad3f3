/**
 * Which rule a line of the explanation rests on, when that line depends on a provincial
 * variant: 本省规定 with its article where the site's province fixed the point; otherwise the
 * provinces (of the eight read) behind the value — only those in the outcome being explained,
 * never a province whose rule gives another result. Community elections name the rule, not a
 * province, and cite the community text where one was read.
 */
import type { Scenario } from './compute';
import type { Basis, ElectionKind } from './types';
import { COMMUNITY_OPEN, VARIANTS, type Choice, type Province, type Settings } from './variants';

/** The province's own rules as far as the calculator uses them. */
export interface ProvinceContext {
  province: string;
  regulation: string;
  /** Articles for the points the province fixed. */
  articles: Partial<Record<keyof Settings, string>>;
  /** The province when it is one of the eight read, so its text decides the points local.yaml has no field for. */
  read: Province | null;
}

export interface VariantRule {
  /** Who follows it: "本省", "海南、河北", or the rule's own words for a community election. */
  who: string;
  /** Every way of counting merged into this outcome follows it. */
  all: boolean;
  basis: Basis;
}

export function variantRule<K extends keyof Settings>(
  scenario: Scenario,
  kind: ElectionKind,
  province: ProvinceContext | null,
  point: K,
  value: Settings[K],
): VariantRule {
  const all = relevant(scenario, kind).every((c) => c.settings[point] === value);
  const article = province?.articles[point];
  if (article !== undefined)
    return { who: '本省', all, basis: { grade: '本省规定', cite: `《${province!.regulation}》${article}` } };
  const choice = (VARIANTS[point] as Choice<K>[]).find((c) => c.value === value)!;
  if (kind !== 'village')
    return {
      who: `按“${choice.label}”的做法`,
      all,
      basis: { grade: '各地不同', cite: choice.communityCite ?? COMMUNITY_OPEN },
    };
  const read = province?.read;
  const among: readonly Province[] = read ? [read] : scenario.provinces;
  const provinces = choice.provinces.filter((p) => among.includes(p));
  const who = provinces.join('、') || `按“${choice.label}”的做法`;
  const cite = citeAmong(choice.cite, provinces);
  if (!read) return { who, all, basis: { grade: '各地不同', cite } };
  return cite === choice.cite && provinces.length === 0
    ? { who, all, basis: { grade: '各地不同', cite: `${read}所读文本未作规定（${choice.label}）` } }
    : { who, all, basis: { grade: cite.includes('第') ? '本省规定' : '各地不同', cite } };
}

/** Only the named provinces' articles, where the citation is a plain list of "某省办法第…条". */
function citeAmong(cite: string, provinces: readonly Province[]): string {
  const parts = cite.split(/[、；]/);
  if (provinces.length === 0 || !parts.every((p) => /^\S{2}(办法|条例|实施办法)第/.test(p))) return cite;
  return parts.filter((p) => provinces.some((province) => p.startsWith(province))).join('、');
}

/** Whether some province's way of counting in this outcome uses `value` for `point`. */
export const somewhere = <K extends keyof Settings>(
  scenario: Scenario,
  kind: ElectionKind,
  point: K,
  value: Settings[K],
) => relevant(scenario, kind).some((c) => c.settings[point] === value);

/**
 * The ways of counting a line speaks for: in a village election, those some province uses
 * (combinations no province uses are worked out too, but their rules are not read out to a
 * province's worker); all of them otherwise.
 */
function relevant(scenario: Scenario, kind: ElectionKind) {
  const used = scenario.combinations.filter((c) => c.provinces.length > 0);
  return kind === 'village' && used.length > 0 ? used : scenario.combinations;
}
