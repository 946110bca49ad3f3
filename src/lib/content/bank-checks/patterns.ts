/**
 * The wording patterns the bank checks look for, defined once: the build, the tests and the
 * authors' guide (README) all mean exactly these.
 */

/**
 * Words that make a statement absolute. A distractor that is wrong only because of one of them
 * teaches test-taking, not the rule; an item that needs the word (the statute itself says
 * 任何组织或者个人) carries a `lint` note.
 */
export const ABSOLUTE_WORDS = [
  '一律',
  '只要',
  '直接',
  '无需',
  '无须',
  '最好',
  '一概',
  '绝对',
  '完全',
  '凡是',
  '任何',
  '一切',
  '总是',
  '从不',
  '永远',
  '不必',
  '只需',
  '随意',
  '随时',
  '全部',
  '所有',
  '一定',
] as const;

/**
 * A stem that sets a case from practice: 某村…, 假如…, 老张…. 若 counts as "if" but not in
 * 若干 ("several"), which sets no case.
 */
const CASE_STEM = /某|假如|假设|如果|若(?!干)|[老小][张王李赵刘陈杨黄周吴]/;

/** The absolute words an option uses, in list order; empty when none. */
export function absoluteWordsIn(text: string): string[] {
  return ABSOLUTE_WORDS.filter((word) => text.includes(word));
}

export function isCaseStem(stem: string): boolean {
  return CASE_STEM.test(stem);
}

/** Length as a reader sees it: characters (code points), not UTF-16 units. */
export const visibleLength = (text: string) => [...text].length;
