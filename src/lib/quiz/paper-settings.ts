/**
 * The settings of an exam paper, as they travel in its link (/trainer/paper/?v=1&…): a trainer
 * can share or bookmark a paper and print the very same one again. Decoding never throws; a bad
 * link gives every problem in Chinese and no settings, so the page can explain instead of guess.
 * Parameters it does not know (WeChat appends its own) are ignored.
 */
import { AUDIENCES, type Audience } from '../content/audiences';
import type { Difficulty, QuestionType } from './types';

export const PAPER_LINK_VERSION = 1;
export const QUESTION_TYPES_IN_ORDER: QuestionType[] = ['single', 'multiple', 'judge', 'order'];
/** The levels in the order a mix is written in the link; a value list here keeps zod out of the browser. */
export const DIFFICULTY_LEVELS: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export const LIMITS = {
  perType: 50,
  total: 100,
  text: 40,
  minMinutes: 10,
  maxMinutes: 300,
  maxSeed: 999_999,
} as const;

export interface PaperSettings {
  /** Module ids, in the site's order. */
  modules: string[];
  /** How many questions of each type. */
  counts: Record<QuestionType, number>;
  /** Only questions written for this role, or every question. */
  audience: Audience | 'all';
  /** Share of easy, medium and hard questions in percent (sums to 100); null takes the tests' standard mix (drawPaper). */
  mix: Record<Difficulty, number> | null;
  /** Printed on the paper: the same settings and seed always give the same paper. */
  seed: number;
  title: string;
  unit: string;
  minutes: number;
  /** B has the same questions as A in another order, for neighbouring seats. */
  variant: 'A' | 'B';
}

export type DecodedSettings = { ok: true; settings: PaperSettings } | { ok: false; problems: string[] };

export const DEFAULT_TITLE = '村（社区）“两委”换届知识测试';

export function defaultSettings(modules: string[], seed: number): PaperSettings {
  return {
    modules: [...modules],
    counts: { single: 20, multiple: 10, judge: 10, order: 2 },
    audience: 'all',
    mix: null,
    seed,
    title: DEFAULT_TITLE,
    unit: '',
    minutes: 60,
    variant: 'A',
  };
}

/** Settings → query string (without "?"), version first. */
export function encodeSettings(s: PaperSettings): string {
  const params = new URLSearchParams({
    v: String(PAPER_LINK_VERSION),
    m: s.modules.join(','),
    n: QUESTION_TYPES_IN_ORDER.map((t) => s.counts[t]).join(','),
    aud: s.audience,
    mix: s.mix ? DIFFICULTY_LEVELS.map((d) => s.mix![d]).join(',') : 'any',
    seed: String(s.seed),
    title: s.title,
    unit: s.unit,
    min: String(s.minutes),
    var: s.variant,
  });
  return params.toString();
}

/** True when the query carries paper settings at all (a first visit has none). */
export const hasSettings = (query: URLSearchParams) => query.has('v');

/**
 * Query → settings. `knownModules` are the site's module ids in site order; the decoded list
 * follows that order, so the same choice always draws the same paper.
 */
export function decodeSettings(query: URLSearchParams, knownModules: readonly string[]): DecodedSettings {
  const version = query.get('v');
  if (version !== String(PAPER_LINK_VERSION)) {
    return {
      ok: false,
      problems: [
        /^\d+$/.test(version ?? '') && Number(version) > PAPER_LINK_VERSION
          ? `这个试卷链接来自更新版本的网站（版本 ${version}），当前页面无法读取。请刷新页面后再打开。`
          : '这个试卷链接的版本号缺失或有误，无法读取。',
      ],
    };
  }
  const problems: string[] = [];
  const v1 = decodeV1(query, knownModules, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: v1 };
}

function decodeV1(query: URLSearchParams, knownModules: readonly string[], problems: string[]): PaperSettings {
  const shown = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);
  const int = (name: string, label: string, min: number, max: number): number => {
    const raw = query.get(name) ?? '';
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${label}应为 ${min}–${max} 之间的整数，链接里是“${shown(raw)}”。`);
      return min;
    }
    return Number(raw);
  };

  const wanted = (query.get('m') ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((m) => !knownModules.includes(m));
  if (unknown.length > 0) problems.push(`链接里有本站没有的模块：${unknown.map(shown).join('、')}。`);
  const modules = knownModules.filter((m) => wanted.includes(m));
  if (wanted.length === 0) problems.push('链接里没有选择任何模块。');

  const counts = { single: 0, multiple: 0, judge: 0, order: 0 };
  const n = (query.get('n') ?? '').split(',');
  if (n.length !== QUESTION_TYPES_IN_ORDER.length || !n.every((x) => /^\d{1,3}$/.test(x))) {
    problems.push(`题量应写成四个整数（单选、多选、判断、排序），链接里是“${shown(query.get('n') ?? '')}”。`);
  } else {
    QUESTION_TYPES_IN_ORDER.forEach((t, i) => (counts[t] = Number(n[i])));
    if (n.some((x) => Number(x) > LIMITS.perType)) problems.push(`每种题型最多 ${LIMITS.perType} 道。`);
    const total = n.reduce((sum, x) => sum + Number(x), 0);
    if (total === 0) problems.push('题量都是 0：至少要出一道题。');
    if (total > LIMITS.total) problems.push(`一份试卷最多 ${LIMITS.total} 道题，链接里共 ${total} 道。`);
  }

  const aud = query.get('aud') ?? 'all';
  const audience = aud === 'all' || aud in AUDIENCES ? (aud as Audience | 'all') : 'all';
  if (audience !== aud) problems.push(`链接里的适用对象“${shown(aud)}”本站不认识。`);

  const rawMix = query.get('mix') ?? 'any';
  let mix: PaperSettings['mix'] = null;
  if (rawMix !== 'any') {
    const parts = rawMix.split(',');
    if (
      parts.length !== 3 ||
      !parts.every((x) => /^\d{1,3}$/.test(x)) ||
      parts.reduce((a, x) => a + Number(x), 0) !== 100
    )
      problems.push(`难度比例应写成三个加起来为 100 的整数（基础、进阶、较难），链接里是“${shown(rawMix)}”。`);
    else mix = { easy: Number(parts[0]), medium: Number(parts[1]), hard: Number(parts[2]) };
  }

  const seed = int('seed', '试卷编号', 1, LIMITS.maxSeed);
  const minutes = int('min', '考试时间（分钟）', LIMITS.minMinutes, LIMITS.maxMinutes);
  const title = (query.get('title') ?? '').trim();
  const unit = (query.get('unit') ?? '').trim();
  if (!title) problems.push('试卷标题不能为空。');
  if (title.length > LIMITS.text) problems.push(`试卷标题最多 ${LIMITS.text} 个字。`);
  if (unit.length > LIMITS.text) problems.push(`出题单位最多 ${LIMITS.text} 个字。`);
  const variant = query.get('var') ?? 'A';
  if (variant !== 'A' && variant !== 'B') problems.push(`试卷类型只能是 A 或 B，链接里是“${shown(variant)}”。`);

  return {
    modules,
    counts,
    audience,
    mix,
    seed,
    title,
    unit,
    minutes,
    variant: variant === 'B' ? 'B' : 'A',
  };
}
