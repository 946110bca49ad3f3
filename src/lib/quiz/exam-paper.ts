/**
 * Assembles a printed exam paper from its settings: which questions, in which order, with which
 * option letters, and the key for each. Pure and seeded through drawPaper, so the same bank,
 * settings and seed always give the same paper; variant B has A's questions in another order.
 */
import type { Audience } from '../content/audiences';
import { drawPaper } from './paper';
import { QUESTION_TYPES_IN_ORDER, DIFFICULTY_LEVELS, type PaperSettings } from './paper-settings';
import { fnv1a32Utf16 } from '../hash';
import { optionLetter } from './option-letter';
import type { QuestionType, QuizQuestion } from './types';

/** A question as a paper needs it: the quiz question plus what papers filter and cite by. */
export interface ExamQuestion extends QuizQuestion {
  audience: Audience[];
  /** Heading text of the section the question comes from. */
  section: string;
  /** Law and article, when the answer rests on law. */
  basis?: string;
}

export interface PaperEntry {
  /** 1-based, running through the whole paper. */
  number: number;
  question: ExamQuestion;
  /** Display position → original option index (empty for judge questions). */
  order: number[];
}

export interface PaperSection {
  type: QuestionType;
  entries: PaperEntry[];
}

export interface Shortfall {
  type: QuestionType;
  wanted: number;
  got: number;
}

export interface ExamPaper {
  sections: PaperSection[];
  /** Types that had fewer matching questions than asked for; all of those were used. */
  shortfalls: Shortfall[];
}

/** Questions the settings allow: chosen modules, and written for the chosen audience. */
export function eligible(bank: readonly ExamQuestion[], s: PaperSettings): ExamQuestion[] {
  return bank.filter((q) => s.modules.includes(q.module) && (s.audience === 'all' || q.audience.includes(s.audience)));
}

export function assemblePaper(bank: readonly ExamQuestion[], s: PaperSettings): ExamPaper {
  const pool = eligible(bank, s);
  const sections: PaperSection[] = [];
  const shortfalls: Shortfall[] = [];
  let number = 0;
  for (const type of QUESTION_TYPES_IN_ORDER) {
    const wanted = s.counts[type];
    if (wanted === 0) continue;
    const picked = pickQuestions(
      pool.filter((q) => q.type === type),
      wanted,
      s,
      type,
    );
    if (picked.length < wanted) shortfalls.push({ type, wanted, got: picked.length });
    if (picked.length === 0) continue;
    const byId = new Map(picked.map((q) => [q.id, q]));
    const items = arrange(picked, `${s.seed}|${type}|${s.variant}`, s.variant === 'B' ? `${s.seed}|${type}|A` : null);
    sections.push({
      type,
      entries: items.map((item) => ({ number: ++number, question: byId.get(item.id)!, order: item.order })),
    });
  }
  return { sections, shortfalls };
}

/**
 * Which questions of one type: depends on the seed but never on the variant, so A and B carry
 * the same questions. With a difficulty mix each level is drawn on its own, and a level that
 * runs short is made up from the others.
 */
function pickQuestions(pool: ExamQuestion[], wanted: number, s: PaperSettings, type: QuestionType): ExamQuestion[] {
  const seedFor = (part: string) => fnv1a32Utf16(`${s.seed}|${type}|${part}`);
  const take = (from: ExamQuestion[], n: number, part: string) =>
    drawPaper(from, n, seedFor(part)).map((item) => from.find((q) => q.id === item.id)!);
  if (!s.mix) return take(pool, wanted, 'any');

  const levels = DIFFICULTY_LEVELS.map((d) => pool.filter((q) => q.difficulty === d));
  const quota = splitByShares(
    wanted,
    DIFFICULTY_LEVELS.map((d) => s.mix![d]),
  ).map((n, i) => Math.min(n, levels[i]!.length));
  let missing = wanted - quota.reduce((a, b) => a + b, 0);
  // Make up a short level from the nearest ones: medium first, then the other end.
  for (const i of [1, 0, 2]) {
    const extra = Math.min(missing, levels[i]!.length - quota[i]!);
    quota[i]! += extra;
    missing -= extra;
  }
  return DIFFICULTY_LEVELS.flatMap((d, i) => take(levels[i]!, quota[i]!, d));
}

/** Largest-remainder split of `total` by percentage shares. */
export function splitByShares(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  const exact = shares.map((p) => (total * p) / sum);
  const out = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) out[byRemainder[k]![1]]!++;
  return out;
}

export interface SectionMarks {
  /** The section's marks; all sections add up to 100. */
  total: number;
  /** What each question of the section is worth, when that is a whole number. */
  each: number | null;
}

/**
 * Marks per section, 100 in all. Every question of a section is worth the same whole number:
 * the base mark or one more, the extra going to later (harder) sections; when no choice adds up
 * to 100, the sections split 100 by size and say only their total.
 */
export function sectionMarks(counts: readonly number[]): SectionMarks[] {
  const n = counts.reduce((a, b) => a + b, 0);
  const base = n ? Math.floor(100 / n) : 0;
  const extra = 100 - base * n;
  for (let mask = (1 << counts.length) - 1; base > 0 && mask >= 0; mask--) {
    const plus = counts.reduce((sum, c, i) => sum + (mask & (1 << i) ? c : 0), 0);
    if (plus !== extra) continue;
    return counts.map((c, i) => {
      const each = base + (mask & (1 << i) ? 1 : 0);
      return { total: each * c, each };
    });
  }
  return splitByShares(100, [...counts]).map((total) => ({ total, each: null }));
}

/** Order questions and options from `part`; for B, never the same question order as A when it could differ. */
function arrange(picked: ExamQuestion[], part: string, aPart: string | null) {
  const items = drawPaper(picked, picked.length, fnv1a32Utf16(part));
  if (aPart && items.length > 1) {
    const a = drawPaper(picked, picked.length, fnv1a32Utf16(aPart));
    if (a.every((item, i) => item.id === items[i]!.id)) items.push(items.shift()!);
  }
  return items;
}

/** The answer as printed on the key, with the letters this paper shows. */
export function answerText(q: QuizQuestion, order: readonly number[]): string {
  const shownAs = (i: number) => optionLetter(order.indexOf(i));
  if (typeof q.answer === 'boolean') return q.answer ? '正确（√）' : '错误（×）';
  if (typeof q.answer === 'number') return shownAs(q.answer);
  if (q.type === 'multiple') return q.answer.map(shownAs).sort().join('');
  return q.answer.map(shownAs).join('→');
}

/** 一、二、三… for section headings. */
export const sectionNumeral = (i: number) => '一二三四五六七八九十'[i] ?? String(i + 1);
