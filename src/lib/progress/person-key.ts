/**
 * The one rule for "the same person": merging a record from another device (transfer.ts) and
 * 成绩汇总 (task/results.ts, and a task's 名单) compare names and units only through it, so they
 * never disagree. Texts are compared as a reader sees them: NFKC (full-width letters and digits
 * are the ordinary ones), every space removed (a space typed inside 张三, a full-width U+3000, a
 * line break a chat added), Latin letters in either case. What is shown stays as typed.
 * (Import-free, so the bench can use it with Node's type stripping.)
 */

/** A name or unit reduced to what tells people apart. */
export const personText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Equal keys, same person. A line break cannot survive `personText`, so it separates safely. */
export const personKey = (person: { name: string; unit: string }): string =>
  `${personText(person.name)}\n${personText(person.unit)}`;
