/**
 * One person-key rule for every place that asks "is this the same person?" (成绩汇总 merging
 * receipts, the 名单, merging a learning record): width-folded (NFKC, so full-width letters and
 * digits match), without any whitespace, so "张 三" and "张三" are one person.
 */
export const personKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
