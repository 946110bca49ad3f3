import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimIds, parseQuestionBank } from '../../src/lib/content/question-bank';

const fixture = (name: string) => {
  const file = `tests/fixtures/question-banks/${name}.yaml`;
  return parseQuestionBank(readFileSync(file, 'utf8'), file, 'm');
};
const at = (name: string) => `tests/fixtures/question-banks/${name}.yaml`;

describe('parseQuestionBank', () => {
  it('accepts a well-formed bank and fills in defaults', () => {
    const { questions, errors } = fixture('good');
    expect(errors).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual(['m-10', 'm-11']);
    expect(questions[0]).toMatchObject({ module: 'm', difficulty: 'medium', retired: false });
    expect(questions[0]!.audience).toHaveLength(5);
  });

  it.each([
    ['yaml-syntax', /^tests\/fixtures\/question-banks\/yaml-syntax\.yaml: YAML syntax error at line \d+/],
    ['no-questions', 'no-questions.yaml: expected a top-level "questions:" list with at least one question'],
    ['missing-explanation', 'missing-explanation.yaml: question m-02: explanation:'],
    ['bad-id', 'bad-id.yaml: question M_03: id: 只能用小写字母、数字和连字符'],
    ['answer-out-of-range', 'answer-out-of-range.yaml: question discipline-07: answer 5 is out of range (4 options)'],
    ['judge-with-options', 'judge-with-options.yaml: question m-05: options must be empty for a judge question'],
    ['judge-not-boolean', 'judge-not-boolean.yaml: question m-06: answer must be true or false for a judge question'],
    [
      'multiple-one-answer',
      'multiple-one-answer.yaml: question m-07: answer: a multiple-choice question needs at least 2 correct options',
    ],
    [
      'order-not-permutation',
      'order-not-permutation.yaml: question m-08: answer must use every option number 1–3 exactly once',
    ],
    ['bad-source', 'bad-source.yaml: question m-09: source: 应写成 模块/课程#标题锚点'],
  ])('reports %s with file, question and field', (name, expected) => {
    const { errors, questions } = fixture(name);
    expect(questions).toEqual([]);
    expect(errors).toHaveLength(1);
    if (typeof expected === 'string') expect(errors[0]).toContain(expected);
    else expect(errors[0]).toMatch(expected);
    expect(errors[0]!.startsWith(at(name))).toBe(true);
  });
});

describe('claimIds', () => {
  it('reports a question id used twice across banks, naming both files, and keeps the first', () => {
    const { questions } = fixture('good');
    const firstFile = new Map<string, string>();
    const first = claimIds(questions, 'content/vote/questions.yaml', firstFile);
    const again = claimIds(questions.slice(0, 1), 'content/other/questions.yaml', firstFile);
    expect(first).toEqual({ questions, errors: [] });
    expect(again).toEqual({
      questions: [],
      errors: ['content/other/questions.yaml: question m-10: id is already used in content/vote/questions.yaml'],
    });
  });
});
