/**
 * The vocabulary "did you mean" corrects towards, built once per build. Promise: every phrase is
 * text the site shows (a heading, a title, a glossary term, a term a lesson marks in bold, a
 * law's name), cut at punctuation so it can be searched as it stands; and the character table
 * covers every character of those phrases plus the common characters (GB 2312 level 1, what a
 * pinyin keyboard offers first) that share a reading with them — the characters a reader's
 * homophone typo can consist of. Pinyin comes from the caller, so this file stays pure.
 */
import type { SuggestDataV1 } from './suggest';

/** Contextual toneless pinyin of a text: one syllable per character, '' for a non-Han character. */
export type PinyinOf = (text: string) => string[];
/** Every toneless reading of one character. */
export type ReadingsOf = (char: string) => string[];

const HAN = /\p{Script=Han}/u;
/** Anything that ends a phrase: punctuation, quotes, brackets, spaces, digits with their units stay. */
const BREAK = /[\s\p{P}\p{S}]+/u;
const MIN_CHARS = 2;
const MAX_CHARS = 16;

/** Phrases of a text: cut at punctuation, each with a Han character, 2–16 characters long. */
export function phrasesOf(text: string): string[] {
  return text
    .split(BREAK)
    .map((p) => p.trim())
    .filter((p) => [...p].length >= MIN_CHARS && [...p].length <= MAX_CHARS && HAN.test(p));
}

/**
 * Terms a lesson marks in bold (**选民登记**): short ones only, as a bolded sentence is emphasis,
 * not a term.
 */
export function boldTerms(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*([^*\n]{2,10})\*\*/g)]
    .map((m) => m[1]!)
    .filter((t) => !/[。！？，；：]/.test(t))
    .flatMap(phrasesOf);
}

/** The vocabulary: phrases of every source text, each once, in a stable order. */
export function vocabulary(texts: string[]): string[] {
  return [...new Set(texts.flatMap(phrasesOf))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** The 3,755 level-1 characters of GB 2312 (the everyday ones), decoded from their code points. */
export function commonCharacters(): string {
  const gbk = new TextDecoder('gbk');
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      bytes.push(row, cell);
    }
  }
  return gbk.decode(new Uint8Array(bytes));
}

/** The file the reader's browser fetches when a query finds nothing (see suggest.ts). */
export function buildSuggestData(
  phrases: string[],
  pinyinOf: PinyinOf,
  readingsOf: ReadingsOf,
  common: string,
): SuggestDataV1 {
  const contextual = phrases.map((phrase) => {
    const syllables = pinyinOf(phrase);
    if (syllables.length !== [...phrase].length)
      throw new Error(`search vocabulary: pinyin of “${phrase}” has ${syllables.length} syllables`);
    return syllables;
  });
  const table = new Map<string, Set<string>>();
  const add = (syllable: string, char: string) => {
    if (!table.has(syllable)) table.set(syllable, new Set());
    table.get(syllable)!.add(char);
  };
  phrases.forEach((phrase, i) => [...phrase].forEach((char, k) => contextual[i]![k] && add(contextual[i]![k]!, char)));
  const wanted = new Set(table.keys());
  const candidates = new Set([...phrases.join(''), ...common].filter((c) => HAN.test(c)));
  for (const char of candidates) {
    for (const reading of readingsOf(char)) if (wanted.has(reading)) add(reading, char);
  }
  const readingCount = new Map<string, number>();
  for (const chars of table.values()) for (const c of chars) readingCount.set(c, (readingCount.get(c) ?? 0) + 1);
  // Only a character the table gives several readings needs its reading in context spelt out.
  const entries: [string, string][] = phrases.map((phrase, i) => [
    phrase,
    [...phrase]
      .map((char, k) => ((readingCount.get(char) ?? 0) > 1 ? contextual[i]![k]! : ''))
      .filter(Boolean)
      .join(' '),
  ]);
  return {
    version: 1,
    phrases: entries,
    readings: Object.fromEntries(
      [...table].sort(([a], [b]) => a.localeCompare(b)).map(([s, chars]) => [s, [...chars].join('')]),
    ),
  };
}
