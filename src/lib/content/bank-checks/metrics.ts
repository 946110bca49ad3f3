/**
 * The bank-quality table of issue 10 for one bank, each figure with the ids behind it, so a
 * failed target can name the questions to change. Pure: what the build enforces and prints is
 * computed here and nowhere else. Only live (not retired) questions count.
 */
import { DIFFICULTIES, type Difficulty, type QuestionType } from '../schemas';
import { optionPositionUse, type OptionPositionUse } from './option-positions';
import { absoluteWordsIn, isCaseStem, visibleLength } from './patterns';
import type { BankQuestion } from './bank-question';

export type { BankQuestion } from './bank-question';

/** `ids` are the questions that match, `others` the rest of the `of` questions it is a share of. */
export interface Share {
  ids: string[];
  others: string[];
  of: number;
}

export interface AbsoluteWordUse {
  id: string;
  /** 1-based option number → the absolute words it uses. */
  options: { option: number; words: string[] }[];
}

export interface BankMetrics {
  live: number;
  /** Single choice whose key is strictly longer than every other option. */
  longestKey: Share;
  /** Multiple choice with exactly two keyed options. */
  twoKeys: Share;
  /** Multiple choice whose only wrong option is the last one. */
  allButLast: Share;
  /** Judge questions keyed true (正确). */
  judgeTrue: Share;
  /** Questions without a `lint` note with an absolute word in an option. */
  absolute: AbsoluteWordUse[];
  /** Questions with a `lint` note that excuses nothing: no option uses an absolute word. */
  idleLint: string[];
  /** Questions with options that name an option by its place (第四项, 前三项, 选项A…): they are shuffled. */
  positions: OptionPositionUse[];
  /** Stems that set a case from practice. */
  cases: Share;
  difficulty: Record<Difficulty, Share>;
}

const share = <T extends { id: string }>(all: readonly T[], matches: (q: T) => boolean): Share => ({
  ids: all.filter(matches).map((q) => q.id),
  others: all.filter((q) => !matches(q)).map((q) => q.id),
  of: all.length,
});

export function isLongestKey(q: BankQuestion): boolean {
  if (q.type !== 'single' || typeof q.answer !== 'number') return false;
  const keyIndex = q.answer - 1;
  const lengths = q.options.map(visibleLength);
  const key = lengths[keyIndex] ?? 0;
  return lengths.every((length, i) => i === keyIndex || length < key);
}

export function isAllButLast(q: BankQuestion): boolean {
  if (q.type !== 'multiple' || !Array.isArray(q.answer)) return false;
  return q.answer.length === q.options.length - 1 && !q.answer.includes(q.options.length);
}

export function absoluteWordUse(q: BankQuestion): AbsoluteWordUse['options'] {
  return q.options
    .map((text, i) => ({ option: i + 1, words: absoluteWordsIn(text) }))
    .filter((o) => o.words.length > 0);
}

export function bankMetrics(questions: readonly BankQuestion[]): BankMetrics {
  const live = questions.filter((q) => !q.retired);
  const ofType = (type: QuestionType) => live.filter((q) => q.type === type);
  const multiple = ofType('multiple');
  return {
    live: live.length,
    longestKey: share(ofType('single'), isLongestKey),
    twoKeys: share(multiple, (q) => Array.isArray(q.answer) && q.answer.length === 2),
    allButLast: share(multiple, isAllButLast),
    judgeTrue: share(ofType('judge'), (q) => q.answer === true),
    absolute: live
      .filter((q) => !q.lint)
      .map((q) => ({ id: q.id, options: absoluteWordUse(q) }))
      .filter((use) => use.options.length > 0),
    idleLint: live.filter((q) => q.lint && absoluteWordUse(q).length === 0).map((q) => q.id),
    positions: live.map((q) => ({ id: q.id, fields: optionPositionUse(q) })).filter((use) => use.fields.length > 0),
    cases: share(live, (q) => isCaseStem(q.stem)),
    difficulty: Object.fromEntries(
      DIFFICULTIES.map((level) => [level, share(live, (q) => q.difficulty === level)]),
    ) as Record<Difficulty, Share>,
  };
}

/** Adds up the shares of several banks (for the whole-site row). */
export function combineMetrics(all: readonly BankMetrics[]): BankMetrics {
  const sum = (pick: (m: BankMetrics) => Share): Share => ({
    ids: all.flatMap((m) => pick(m).ids),
    others: all.flatMap((m) => pick(m).others),
    of: all.reduce((n, m) => n + pick(m).of, 0),
  });
  return {
    live: all.reduce((n, m) => n + m.live, 0),
    longestKey: sum((m) => m.longestKey),
    twoKeys: sum((m) => m.twoKeys),
    allButLast: sum((m) => m.allButLast),
    judgeTrue: sum((m) => m.judgeTrue),
    absolute: all.flatMap((m) => m.absolute),
    idleLint: all.flatMap((m) => m.idleLint),
    positions: all.flatMap((m) => m.positions),
    cases: sum((m) => m.cases),
    difficulty: Object.fromEntries(DIFFICULTIES.map((level) => [level, sum((m) => m.difficulty[level])])) as Record<
      Difficulty,
      Share
    >,
  };
}
