import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionPositionsIn } from '../../src/lib/content/bank-checks/option-positions';
import { BANK_TARGETS, checkBanks, type Bank } from '../../src/lib/content/bank-checks/targets';
import { formatBankTable } from '../../src/lib/content/bank-checks/report';
import { parseQuestionBank } from '../../src/lib/content/question-bank';
import { ROOT } from '../../tooling/dirs';

const file = 'tests/fixtures/bank-checks/option-position.yaml';
function fixture(): Bank {
  const { questions, errors } = parseQuestionBank(readFileSync(join(ROOT, file), 'utf8'), file, 'pos');
  expect(errors).toEqual([]);
  return { module: 'pos', file, questions };
}
const SMALL = { ...BANK_TARGETS, minLivePerBank: 1, minLiveInAll: 1 };

describe('naming an option by its place', () => {
  it('fails each question whose stem, options or explanation points at an option position, naming file, field and words', () => {
    const problems = checkBanks([fixture()], SMALL).problems.filter((p) => p.rule === 'option-position');
    expect(problems.map((p) => p.ids)).toEqual([['pos-01'], ['pos-02'], ['pos-03'], ['pos-04']]);
    expect(problems[0]!.message).toBe(
      `${file}: question pos-01: names an option by its place: explanation says “第四项” — options are shuffled on screen, on paper and in the 错题本; name the option by its words`,
    );
    expect(problems[1]!.message).toContain('explanation says “前三项”、“选项D”');
    expect(problems[2]!.message).toContain('option 4 says “以上都”; explanation says “（A）”');
    expect(problems[3]!.message).toContain('explanation says “①”、“最后一项”');
  });

  it('leaves statute items, lists that are not the options, judge, retired and ordering steps alone', () => {
    const flagged = checkBanks([fixture()], SMALL).problems.flatMap((p) => (p.rule === 'option-position' ? p.ids : []));
    for (const id of ['pos-05', 'pos-06', 'pos-07', 'pos-08', 'pos-09']) expect(flagged).not.toContain(id);
  });

  it('finds ordinal, range, letter, bracket, circled, last-item and all-of-the-above words', () => {
    const cases: [string, string[]][] = [
      ['所以第四项错误', ['第四项']],
      ['第4项和第 2 项都对', ['第4项', '第 2 项']],
      ['第二个选项不对', ['第二个选项']],
      ['前三项对应正确，后两项不对', ['前三项', '后两项']],
      ['选项A、B项和C选项', ['选项A', 'B项', 'C选项']],
      ['A和C都对', ['A和C']],
      ['（B）错在人数', ['（B）']],
      ['①②两项', ['①', '②']],
      ['最后一项错误，首项正确', ['最后一项', '首项']],
      ['以上都对', ['以上都']],
      ['以上各项均符合', ['以上各项均']],
      ['上述选项中', ['上述选项']],
    ];
    for (const [text, words] of cases) expect(optionPositionsIn(text), text).toEqual(words);
  });

  it('does not flag statute items, named lists, ordinal goals or quantities with 以上', () => {
    for (const text of [
      '村法第二十四条第一款第三项',
      '第十八条第一款所列禁止情形第三项',
      '讲话把宣传列为满意率的第一项工作',
      '宣传教育是第一项功夫',
      '第一个百年目标',
      '十名以上选民联名都可以',
      '三分之一以上均可',
      '居住满一年以上都要登记',
      '第一步提名，最后公布',
      '依据MT/028-2012',
      '只计前三个名字',
    ])
      expect(optionPositionsIn(text), text).toEqual([]);
  });

  it('counts the flagged questions in the build log table', () => {
    const row = formatBankTable(checkBanks([fixture()], SMALL), SMALL)
      .split('\n')
      .find((r) => r.startsWith('pos '));
    expect(row).toMatch(/ 4 ✗ /);
  });
});
