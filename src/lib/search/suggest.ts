/**
 * "Did you mean": for a query that found nothing, the closest phrases the site really contains.
 * Promise: a suggestion is always a piece of a phrase from the site's own vocabulary (headings,
 * glossary terms, the lessons' marked legal terms), never an invented word; and a query is only
 * corrected by the typing errors a reader actually makes —
 *   - a homophone, the wrong candidate from a pinyin keyboard (等级 for 登记, 间 for 肩): free of
 *     tones, any reading of the typed character may match the phrase's reading in context;
 *   - one dropped character (选民记 for 选民登记), or two neighbours swapped (委投托票).
 * A character that is neither the same nor a homophone is never substituted, so a word that is
 * simply not on the site (区块链) gets no suggestion. Runs in the reader's browser on the table
 * the build ships (see vocabulary.ts); no Pagefind, no DOM.
 */
import { foldWidthAndCase, parseQuery } from './page-match';

/** The shipped file, version 1: what the build writes to search/suggest.json. */
export interface SuggestDataV1 {
  version: 1;
  /**
   * Each phrase, with the toneless readings in context of those of its characters that the table
   * lists under several syllables (space-separated, in order); every other character has one.
   */
  phrases: [text: string, polyphones: string][];
  /** Toneless syllable → every character that can be read so (vocabulary and common homophones). */
  readings: Record<string, string>;
}

interface Phrase {
  chars: string[];
  syllables: string[];
}
export interface SuggestIndex {
  phrases: Phrase[];
  /** Character → every toneless reading it has. */
  readingsOf: Map<string, Set<string>>;
  /** The whole vocabulary as one text, to tell a word the site has from one it lacks. */
  text: string;
}

export interface Suggestion {
  text: string;
  /** 0.3 per homophone, 1 per dropped or swapped character. */
  cost: number;
}

const HOMOPHONE = 0.3;
const EDIT = 1;
/** At most one dropped or swapped character, plus one homophone beside it. */
const MAX_COST = EDIT + HOMOPHONE;
/** A suggestion is clearly best when the next one costs at least this much more. */
const CLEAR_MARGIN = HOMOPHONE;

/** Decodes the shipped table; null for anything that is not a version this code knows. */
export function decodeSuggestData(data: unknown): SuggestIndex | null {
  const d = data as Partial<SuggestDataV1> | null;
  if (!d || d.version !== 1 || !Array.isArray(d.phrases) || typeof d.readings !== 'object' || !d.readings) return null;
  const readingsOf = new Map<string, Set<string>>();
  for (const [syllable, chars] of Object.entries(d.readings)) {
    if (typeof chars !== 'string') return null;
    for (const char of chars) {
      const set = readingsOf.get(char) ?? new Set<string>();
      set.add(syllable);
      readingsOf.set(char, set);
    }
  }
  const phrases: Phrase[] = [];
  for (const entry of d.phrases) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return null;
    const chars = [...foldWidthAndCase(entry[0])];
    const polyphones = entry[1].split(' ').filter(Boolean);
    // A character outside the table ('-': a digit, a letter) can only match itself.
    const syllables = chars.map((c) => {
      const readings = readingsOf.get(c);
      return !readings ? '-' : readings.size === 1 ? [...readings][0]! : (polyphones.shift() ?? '');
    });
    if (polyphones.length > 0 || syllables.includes('')) return null;
    phrases.push({ chars, syllables });
  }
  return { phrases, readingsOf, text: phrases.map((p) => p.chars.join('')).join('\n') };
}

/** Cost of reading the typed character as the phrase's character: 0 same, a homophone, or no match. */
function charCost(index: SuggestIndex, typed: string, char: string, syllable: string): number | null {
  if (typed === char) return 0;
  if (syllable !== '-' && index.readingsOf.get(typed)?.has(syllable)) return HOMOPHONE;
  return null;
}

/** Cost of the typed word as the span phrase[start, start + length), or null when it is no typo of it. */
function spanCost(index: SuggestIndex, typed: string[], phrase: Phrase, start: number, length: number): number | null {
  const at = (k: number) => [phrase.chars[start + k]!, phrase.syllables[start + k]!] as const;
  const align = (pairs: [number, number][]) => {
    let cost = 0;
    for (const [t, k] of pairs) {
      const c = charCost(index, typed[t]!, ...at(k));
      if (c === null) return null;
      cost += c;
    }
    return cost;
  };
  const n = typed.length;
  const best: number[] = [];
  if (length === n) {
    const straight = align(typed.map((_, k) => [k, k]));
    if (straight !== null) best.push(straight);
    // Two neighbours swapped: only for words of three or more, where a swap is still recognisable.
    for (let k = 0; n >= 3 && k < n - 1; k++) {
      const swapped = align(typed.map((_, t) => [t, t === k ? k + 1 : t === k + 1 ? k : t]));
      if (swapped !== null) best.push(EDIT + swapped);
    }
  } else if (length === n + 1 && n >= 3) {
    // One character dropped: inside the span, or at its edge only when the span is the whole phrase.
    const whole = start === 0 && length === phrase.chars.length;
    for (let gap = whole ? 0 : 1; gap < (whole ? length : length - 1); gap++) {
      const dropped = align(typed.map((_, t) => [t, t < gap ? t : t + 1]));
      if (dropped !== null) best.push(EDIT + dropped);
    }
  }
  return best.length > 0 ? Math.min(...best) : null;
}

/** Up to `limit` phrases the site contains that the word is a typo of, closest first. */
export function suggestWord(index: SuggestIndex, word: string, limit = 3): Suggestion[] {
  const typed = [...foldWidthAndCase(word)];
  // A single character is too ambiguous to correct; a word the site has needs no correction.
  if (typed.length < 2 || index.text.includes(typed.join(''))) return [];
  const found = new Map<string, { cost: number; whole: boolean }>();
  for (const phrase of index.phrases) {
    for (const length of [typed.length, typed.length + 1]) {
      for (let start = 0; start + length <= phrase.chars.length; start++) {
        const cost = spanCost(index, typed, phrase, start, length);
        if (cost === null || cost === 0 || cost > MAX_COST + 1e-9) continue;
        const text = phrase.chars.slice(start, start + length).join('');
        const whole = length === phrase.chars.length;
        const seen = found.get(text);
        if (!seen || cost < seen.cost || (cost === seen.cost && whole && !seen.whole)) found.set(text, { cost, whole });
      }
    }
  }
  return [...found]
    .sort(([a, x], [b, y]) => x.cost - y.cost || Number(y.whole) - Number(x.whole) || a.localeCompare(b, 'zh-CN'))
    .slice(0, limit)
    .map(([text, { cost }]) => ({ text: text, cost: Math.round(cost * 10) / 10 }));
}

export interface QuerySuggestion {
  /** Whole queries to offer, closest first. */
  suggestions: Suggestion[];
  /** True when the first is clearly better than any other: its results may be shown at once. */
  clear: boolean;
}

/**
 * Suggestions for a whole query. One word: its closest phrases. Several words: the query with
 * each word the site lacks replaced by its best correction (words the site has are kept).
 */
export function suggestQuery(index: SuggestIndex, query: string): QuerySuggestion {
  const words = parseQuery(query);
  const none = { suggestions: [], clear: false };
  if (words.length === 0) return none;
  if (words.length === 1) {
    const suggestions = suggestWord(index, words[0]!);
    return { suggestions, clear: isClear(suggestions) };
  }
  let changed = false;
  let clear = true;
  let cost = 0;
  const corrected = words.map((word) => {
    const options = suggestWord(index, word);
    if (options.length === 0) return word;
    changed = true;
    clear &&= isClear(options);
    cost += options[0]!.cost;
    return options[0]!.text;
  });
  return changed ? { suggestions: [{ text: corrected.join(' '), cost }], clear } : none;
}

function isClear(suggestions: Suggestion[]): boolean {
  const [first, second] = suggestions;
  return !!first && (!second || second.cost - first.cost >= CLEAR_MARGIN - 1e-9);
}
