import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionBank } from '../../src/lib/content/question-bank';
import { guessingScores } from '../../src/lib/content/bank-checks/guessing';
import { bankCheckMode } from '../../src/lib/content/bank-checks/mode';
import { findNearDuplicates, jaccard, stemBigrams } from '../../src/lib/content/bank-checks/near-duplicates';
import { isCaseStem } from '../../src/lib/content/bank-checks/patterns';
import { formatBankTable, formatGuessingTable } from '../../src/lib/content/bank-checks/report';
import { BANK_TARGETS, checkBanks, type Bank, type BankRule } from '../../src/lib/content/bank-checks/targets';
import { ROOT } from '../../tooling/dirs';

/** A fixture bank, parsed as the build parses it; its module is the file name. */
function fixture(name: string): Bank {
  const file = `tests/fixtures/bank-checks/${name}.yaml`;
  const { questions, errors } = parseQuestionBank(readFileSync(join(ROOT, file), 'utf8'), file, name);
  expect(errors).toEqual([]);
  return { module: name, file, questions };
}

/** The targets with the size minimums lowered, so a small fixture bank can pass. */
const SMALL = { ...BANK_TARGETS, minLivePerBank: 1, minLiveInAll: 1 };

const problemsOf = (rule: BankRule, ...banks: Bank[]) =>
  checkBanks(banks, SMALL).problems.filter((p) => p.rule === rule);

describe('the bank checks on small fixture banks', () => {
  it('pass a balanced bank on every rule', () => {
    expect(checkBanks([fixture('balanced')], SMALL).problems).toEqual([]);
  });

  it('fail a bank whose single-choice key is too often the strictly longest option, naming those questions', () => {
    const [problem, ...rest] = problemsOf('longest-key', fixture('longest-key'));
    expect(rest).toEqual([]);
    expect(problem!.ids).toEqual(['long-01', 'long-02']);
    expect(problem!.message).toBe(
      'tests/fixtures/bank-checks/longest-key.yaml: single choice keyed on the strictly longest option: 67% (2 of 3), target at most 30% — make the options alike in length: long-01, long-02',
    );
  });

  it('fail a bank with too few multiple-choice questions keyed on exactly two options', () => {
    const problems = problemsOf('two-keys', fixture('two-keys'));
    expect(problems.map((p) => p.ids)).toEqual([['two-01', 'two-02']]);
    expect(problems[0]!.message).toContain(
      'multiple choice with exactly two keyed options: 0% (0 of 2), target at least 30%',
    );
  });

  it('fail a bank whose multiple-choice questions too often have only the last option wrong', () => {
    const problems = problemsOf('all-but-last', fixture('all-but-last'));
    expect(problems.map((p) => p.ids)).toEqual([['abl-01', 'abl-02', 'abl-03']]);
    expect(problems[0]!.message).toContain('100% (3 of 3), target at most 30%');
  });

  it('fail a bank whose judge questions are mostly keyed true, naming the true ones', () => {
    const problems = problemsOf('judge-true', fixture('judge-true'));
    expect(problems.map((p) => p.ids)).toEqual([['jt-01', 'jt-02', 'jt-03']]);
    expect(problems[0]!.message).toContain('judge questions keyed true: 100% (3 of 3), target 40–60% — now keyed true');
  });

  it('fail an option with an absolute word unless the question says in lint why it needs it', () => {
    const problems = problemsOf('absolute-word', fixture('absolute-word'));
    expect(problems.map((p) => p.ids)).toEqual([['abs-01']]);
    expect(problems[0]!.message).toContain(
      'tests/fixtures/bank-checks/absolute-word.yaml: question abs-01: options: option 1 uses 一律; option 4 uses 直接',
    );
  });

  it('fail a lint note that excuses nothing', () => {
    expect(problemsOf('idle-lint', fixture('idle-lint')).map((p) => p.message)).toEqual([
      'tests/fixtures/bank-checks/idle-lint.yaml: question lint-01: lint: no option uses an absolute word, so the note excuses nothing — remove it',
    ]);
    expect(problemsOf('idle-lint', fixture('absolute-word'))).toEqual([]);
  });

  it('fail a bank with too few case stems, not counting 若干 as a case nor retired questions', () => {
    const problems = problemsOf('cases', fixture('cases'));
    expect(problems.map((p) => p.ids)).toEqual([['case-01', 'case-02']]);
    expect(problems[0]!.message).toContain('0% (0 of 2), target at least 30%');
  });

  it('fail a difficulty level under a fifth of the bank, and pass one at exactly a fifth', () => {
    const problems = problemsOf('difficulty', fixture('difficulty'));
    expect(problems.map((p) => p.message)).toEqual([
      'tests/fixtures/bank-checks/difficulty.yaml: difficulty hard: 0% (0 of 5), target at least 20% of the bank (easy = recall a rule, medium = apply it to a case, hard = tell two similar rules apart)',
    ]);
  });

  it('fail near-duplicate stems across banks, naming both questions and files, ignoring retired ones', () => {
    const problems = problemsOf('near-duplicate', fixture('near-duplicate-a'), fixture('near-duplicate-b'));
    expect(problems.map((p) => p.ids)).toEqual([['dup-a-01', 'dup-b-01']]);
    expect(problems[0]!.message).toMatch(
      /^tests\/fixtures\/bank-checks\/near-duplicate-a\.yaml: question dup-a-01: stem is a near-duplicate of dup-b-01 \(tests\/fixtures\/bank-checks\/near-duplicate-b\.yaml\), similarity 0\.\d\d ≥ 0\.6/,
    );
  });

  it('fail a bank under 30 live questions and a site under 320, with the real targets', () => {
    const problems = checkBanks([fixture('balanced')]).problems.filter((p) => p.rule === 'live');
    expect(problems.map((p) => p.message)).toEqual([
      'tests/fixtures/bank-checks/balanced.yaml: 8 live questions, target at least 30 per bank',
      'all banks: 8 live questions in all, target at least 320',
    ]);
  });

  it('leave a rule about a question type out for a bank without that type', () => {
    const judgesOnly = fixture('judge-true');
    const rules = new Set(checkBanks([judgesOnly], SMALL).problems.map((p) => p.rule));
    expect([...rules].sort()).toEqual(['cases', 'difficulty', 'judge-true']);
  });
});

describe('near-duplicate stems', () => {
  it('compare Chinese characters only, so a changed number or punctuation does not hide a copy', () => {
    expect(stemBigrams('任期5年。')).toEqual(new Set(['任期', '期年']));
    expect(jaccard(stemBigrams('罢免须过半数通过'), stemBigrams('罢免须过半数通过！'))).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('find every pair at or above the threshold, in input order', () => {
    const items = [
      { id: 'a', stem: '村民委员会每届任期五年' },
      { id: 'b', stem: '选民名单在选举日前二十日公布' },
      { id: 'c', stem: '村民委员会每届任期三年' },
      { id: 'd', stem: '村民委员会每届任期五年' },
    ];
    expect(findNearDuplicates(items).map((d) => `${d.a.id}~${d.b.id}`)).toEqual(['a~c', 'a~d', 'c~d']);
  });
});

describe('case stems', () => {
  it('are stems with 某, 假如, 如果, 若 (not 若干) or a 老/小 surname', () => {
    for (const stem of ['某村…', '假如选举无效', '若要委托', '老张是委员', '小李在外务工', '如果人数不足', '假设'])
      expect(isCaseStem(stem)).toBe(true);
    for (const stem of ['可以推选若干名代表', '村委会任期五年', '老人和小孩']) expect(isCaseStem(stem)).toBe(false);
  });
});

describe('the guessing strategies', () => {
  it('score a bank keyed on the longest option above a blind guess by picking the longest', () => {
    const scores = guessingScores(fixture('longest-key').questions);
    // long-01 and long-02 keyed on the unique longest; long-03 has three equal options, one the key.
    expect(scores['pick-longest']).toEqual({ expected: 2 + 1 / 3, chance: 1, of: 3 });
    expect(scores['avoid-longest']).toEqual({ expected: 1 / 3, chance: 1, of: 3 });
    expect(scores['always-2nd']).toEqual({ expected: 2, chance: 1, of: 3 });
  });

  it('score ticking all but the last against a blind guess among sets of two or more', () => {
    const scores = guessingScores(fixture('all-but-last').questions);
    expect(scores['all-but-last']).toEqual({ expected: 3, chance: 1 / 11 + 1 / 11 + 1 / 4, of: 3 });
  });
});

describe('the build log tables', () => {
  it('show every bank and the whole, marking a missed target with ✗', () => {
    const banks = [fixture('balanced'), fixture('judge-true')];
    const table = formatBankTable(checkBanks(banks, SMALL), SMALL);
    const rows = table.split('\n');
    expect(rows.find((r) => r.startsWith('balanced'))).not.toContain('✗');
    expect(rows.find((r) => r.startsWith('judge-true'))).toMatch(/100% 3\/3 ✗/);
    expect(rows.find((r) => r.startsWith('all '))).toMatch(/^all\s+11\b/);
    expect(table).toContain('near-duplicate stems (Jaccard ≥ 0.6) across all banks: 0 pairs');
    expect(formatGuessingTable(banks).split('\n')[1]).toMatch(/^bank\s+pick-longest\s+pick-shortest/);
  });
});

describe('BANK_CHECKS', () => {
  it('grades no bank by default, enforces or reports on request, and refuses anything else with a clear message', () => {
    expect(bankCheckMode(undefined)).toBe('off');
    expect(bankCheckMode('')).toBe('off');
    expect(bankCheckMode('enforce')).toBe('enforce');
    expect(bankCheckMode(' report ')).toBe('report');
    expect(() => bankCheckMode('on')).toThrow(/BANK_CHECKS="on" 无效/);
  });
});
