/**
 * The bank-quality targets of issue 10 and the check that holds every bank to them. Returns
 * every problem at once, each naming the file, the rule and the question ids, in the content
 * error style ("<file>: question <id>: …" or "<file>: <rule> …: <ids>"), so an author can fix a
 * whole bank in one pass. Percentages are compared exactly (8 of 27 is over 29.6%, not 30%).
 */
import { DIFFICULTIES } from '../schemas';
import { bankMetrics, combineMetrics, type BankMetrics, type BankQuestion, type Share } from './metrics';
import { findNearDuplicates, NEAR_DUPLICATE_SIMILARITY, type NearDuplicate } from './near-duplicates';

export interface BankTargets {
  /** Single choice keyed on the strictly longest option: at most this % of single questions. */
  maxLongestKey: number;
  /** Multiple choice with exactly two keys: at least this % of multiple questions. */
  minTwoKeys: number;
  /** Multiple choice whose only wrong option is the last: at most this %. */
  maxAllButLast: number;
  /** Judge questions keyed true: between these % (inclusive). */
  judgeTrue: [min: number, max: number];
  /** Stems that set a case: at least this % of a bank. */
  minCases: number;
  /** Each difficulty level: at least this % of a bank. */
  minPerDifficulty: number;
  minLivePerBank: number;
  minLiveInAll: number;
  /** Stems at least this similar (Jaccard of character bigrams) are near-duplicates. */
  nearDuplicate: number;
}

export const BANK_TARGETS: BankTargets = {
  maxLongestKey: 30,
  minTwoKeys: 30,
  maxAllButLast: 30,
  judgeTrue: [40, 60],
  minCases: 30,
  minPerDifficulty: 20,
  minLivePerBank: 30,
  minLiveInAll: 320,
  nearDuplicate: NEAR_DUPLICATE_SIMILARITY,
};

export type BankRule =
  | 'longest-key'
  | 'two-keys'
  | 'all-but-last'
  | 'judge-true'
  | 'absolute-word'
  | 'idle-lint'
  | 'option-position'
  | 'near-duplicate'
  | 'cases'
  | 'difficulty'
  | 'live';

export interface Bank {
  /** Module id (the bank's folder). */
  module: string;
  /** The bank's file as an author reads it in an error message. */
  file: string;
  questions: readonly BankQuestion[];
}

export interface BankProblem {
  rule: BankRule;
  file: string;
  /** The questions to look at. */
  ids: string[];
  /** The whole line for the build log. */
  message: string;
}

export interface BankCheck {
  banks: { module: string; file: string; metrics: BankMetrics }[];
  /** All banks together. */
  all: BankMetrics;
  nearDuplicates: NearDuplicate<{ id: string; stem: string; file: string }>[];
  problems: BankProblem[];
}

/** Whole-number percentage for display. */
export const percent = (count: number, of: number) => (of === 0 ? 0 : Math.round((100 * count) / of));
const atMost = (s: Share, max: number) => s.ids.length * 100 <= max * s.of;
const atLeast = (s: Share, min: number) => s.ids.length * 100 >= min * s.of;
const figure = (s: Share) => `${percent(s.ids.length, s.of)}% (${s.ids.length} of ${s.of})`;

/** Checks every bank and all of them together against `targets`. */
export function checkBanks(banks: readonly Bank[], targets: BankTargets = BANK_TARGETS): BankCheck {
  const measured = banks.map((b) => ({ module: b.module, file: b.file, metrics: bankMetrics(b.questions) }));
  const problems: BankProblem[] = [];
  const add = (rule: BankRule, file: string, ids: string[], message: string) =>
    problems.push({ rule, file, ids, message: `${file}: ${message}` });

  for (const { file, metrics: m } of measured) {
    // A rule about a question type says nothing about a bank without that type.
    if (m.longestKey.of > 0 && !atMost(m.longestKey, targets.maxLongestKey))
      add(
        'longest-key',
        file,
        m.longestKey.ids,
        `single choice keyed on the strictly longest option: ${figure(m.longestKey)}, target at most ${targets.maxLongestKey}% — make the options alike in length: ${m.longestKey.ids.join(', ')}`,
      );
    if (m.twoKeys.of > 0 && !atLeast(m.twoKeys, targets.minTwoKeys))
      add(
        'two-keys',
        file,
        m.twoKeys.others,
        `multiple choice with exactly two keyed options: ${figure(m.twoKeys)}, target at least ${targets.minTwoKeys}% — vary the number of keys; now not two: ${m.twoKeys.others.join(', ')}`,
      );
    if (m.allButLast.of > 0 && !atMost(m.allButLast, targets.maxAllButLast))
      add(
        'all-but-last',
        file,
        m.allButLast.ids,
        `multiple choice whose only wrong option is the last: ${figure(m.allButLast)}, target at most ${targets.maxAllButLast}% — move the wrong option: ${m.allButLast.ids.join(', ')}`,
      );
    const [minTrue, maxTrue] = targets.judgeTrue;
    if (m.judgeTrue.of > 0 && !(atLeast(m.judgeTrue, minTrue) && atMost(m.judgeTrue, maxTrue))) {
      const tooMany = !atMost(m.judgeTrue, maxTrue);
      const ids = tooMany ? m.judgeTrue.ids : m.judgeTrue.others;
      add(
        'judge-true',
        file,
        ids,
        `judge questions keyed true: ${figure(m.judgeTrue)}, target ${minTrue}–${maxTrue}% — now keyed ${tooMany ? 'true' : 'false'}: ${ids.join(', ')}`,
      );
    }
    for (const use of m.absolute) {
      const where = use.options.map((o) => `option ${o.option} uses ${o.words.join('、')}`).join('; ');
      add(
        'absolute-word',
        file,
        [use.id],
        `question ${use.id}: options: ${where} — make a distractor wrong by its substance, not by an absolute word; if the word is needed (the statute says it), add lint: <why>`,
      );
    }
    for (const id of m.idleLint)
      add('idle-lint', file, [id], `question ${id}: lint: no option uses an absolute word, so the note excuses nothing — remove it`);
    for (const use of m.positions) {
      const where = use.fields.map((f) => `${f.field} says ${f.words.map((w) => `“${w}”`).join('、')}`).join('; ');
      add(
        'option-position',
        file,
        [use.id],
        `question ${use.id}: names an option by its place: ${where} — options are shuffled on screen, on paper and in the 错题本; name the option by its words`,
      );
    }
    if (!atLeast(m.cases, targets.minCases))
      add(
        'cases',
        file,
        m.cases.others,
        `stems that set a case (某村…、假如…、老张…): ${figure(m.cases)}, target at least ${targets.minCases}% — no case now: ${m.cases.others.join(', ')}`,
      );
    for (const level of DIFFICULTIES) {
      const s = m.difficulty[level];
      if (m.live > 0 && !atLeast(s, targets.minPerDifficulty))
        add(
          'difficulty',
          file,
          s.ids,
          `difficulty ${level}: ${figure(s)}, target at least ${targets.minPerDifficulty}% of the bank (easy = recall a rule, medium = apply it to a case, hard = tell two similar rules apart)${s.ids.length ? `; ${level} now: ${s.ids.join(', ')}` : ''}`,
        );
    }
    if (m.live < targets.minLivePerBank)
      add('live', file, [], `${m.live} live questions, target at least ${targets.minLivePerBank} per bank`);
  }

  const all = combineMetrics(measured.map((b) => b.metrics));
  if (all.live < targets.minLiveInAll)
    add('live', 'all banks', [], `${all.live} live questions in all, target at least ${targets.minLiveInAll}`);

  const stems = banks.flatMap((b) =>
    b.questions.filter((q) => !q.retired).map((q) => ({ id: q.id, stem: q.stem, file: b.file })),
  );
  const nearDuplicates = findNearDuplicates(stems, targets.nearDuplicate);
  for (const { a, b, similarity } of nearDuplicates)
    add(
      'near-duplicate',
      a.file,
      [a.id, b.id],
      `question ${a.id}: stem is a near-duplicate of ${b.id}${b.file === a.file ? '' : ` (${b.file})`}, similarity ${similarity.toFixed(2)} ≥ ${targets.nearDuplicate} — ask each fact once per template`,
    );

  return { banks: measured, all, nearDuplicates, problems };
}
