/**
 * One person-key rule for every place that asks "is this the same person?" (成绩汇总 merging
 * receipts, the 名单, merging a learning record): width-folded (NFKC, so full-width letters and
 * digits match), without any whitespace (a space typed inside 张三, a full-width U+3000, a line
 * break a chat added), Latin letters in either case, so "张 三" and "张三", "Li Si" and "li si"
 * are one person. What is shown stays as typed. (Import-free, for the bench's type stripping.)
 */
export const personKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
