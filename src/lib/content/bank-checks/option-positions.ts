/**
 * Words that name an option by its place (第四项, 前三项, 选项A, (B), ①, 最后一项, 以上都对).
 * Options are shuffled on screen, on paper and in the 错题本 (src/lib/quiz/paper.ts shuffles every
 * question that has options, ordering questions included), so such a word points at whatever
 * option happens to stand there for this reader. Judge questions have no options and are not
 * checked. Statute citations and lists that are not the options stay legal: 第二十四条第一款第三项,
 * 禁止情形第三项, 讲话的第一项工作, 第一个百年目标, 十名以上.
 */
import type { BankQuestion } from './bank-question';

const NUMERAL = '(?:[一二三四五六七八九十两]+|[0-9０-９]+)';
/** 第三项 after 条/款 or 情形 cites a statute's item; after 的 it is the item of a named list. */
const NOT_A_CITATION = '(?<![条款的]|情形)';
/** 第一项工作: an item of the speech's or a plan's own list, not an option. */
const NOT_A_LIST_ITEM = '(?!工作|任务|要求|功夫|措施|内容|职责|权利|义务|原则|条件|规定)';
/** 以上 after a number or a unit is "or more" (十名以上, 三分之一以上, 一年以上). */
const NOT_A_QUANTITY = '(?<![零一二三四五六七八九十百千万两0-9０-９名人户岁年月日天个次票张位%])';

/** One expression, so a word is found once even where two forms overlap (选项A、B项). */
const PARTS: readonly RegExp[] = [
  // 第四项, 第4项, 第二个选项, 第三选项
  new RegExp(`${NOT_A_CITATION}第\\s*${NUMERAL}\\s*(?:个选项|选项|项${NOT_A_LIST_ITEM})`, 'u'),
  // 前三项, 后两项, 前2项
  new RegExp(`${NOT_A_CITATION}[前后]\\s*${NUMERAL}\\s*(?:个选项|项${NOT_A_LIST_ITEM})`, 'u'),
  // 选项A, 选项 B, 选项3, 选项二
  /选项\s*(?:[A-Ha-hＡ-Ｈ0-9０-９](?![A-Za-z])|[一二三四五六七八九十](?=[是错对正不为，。、；和与及）)]|$))/u,
  // A项, B选项, A和C, A、B
  /(?<![A-Za-z])[A-HＡ-Ｈ]\s*(?:项|选项|[和、与及]\s*[A-HＡ-Ｈ](?![A-Za-z]))/u,
  // (A), （B）
  /[（(]\s*[A-HＡ-Ｈ]\s*[)）]/u,
  // ①②③…
  /[①-⑳]/u,
  // 最后一项, 最后一个选项, 首项, 末项
  new RegExp(`${NOT_A_CITATION}(?:最后一(?:个选项|项${NOT_A_LIST_ITEM})|[首末]项)`, 'u'),
  // 以上都对, 以上各项, 以上选项, 上述各项
  new RegExp(`${NOT_A_QUANTITY}以上(?:各项|选项|说法)?[都均皆全]|以上(?:各项|选项)|上述(?:各项|选项)`, 'u'),
];
const POSITION = new RegExp(PARTS.map((p) => p.source).join('|'), 'gu');

/** Every place-naming word in a text, in the order they appear. */
export function optionPositionsIn(text: string): string[] {
  return [...text.matchAll(POSITION)].map((m) => m[0]);
}

export interface OptionPositionUse {
  id: string;
  /** stem, option N (1-based) or explanation → the words found there. */
  fields: { field: string; words: string[] }[];
}

/** Where a question names an option by its place; empty for judge questions (no options). */
export function optionPositionUse(q: BankQuestion): OptionPositionUse['fields'] {
  if (q.options.length === 0) return [];
  return [
    { field: 'stem', text: q.stem },
    ...q.options.map((text, i) => ({ field: `option ${i + 1}`, text })),
    { field: 'explanation', text: q.explanation },
  ]
    .map(({ field, text }) => ({ field, words: optionPositionsIn(text) }))
    .filter((f) => f.words.length > 0);
}
