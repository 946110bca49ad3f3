import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANK_RULE_RESULT, ROOT_BUILD_LOG } from '../support/build-setup';

describe('the question-bank checks in the build', () => {
  it('stop a build whose bank misses a target, naming the file, the rule and the questions', () => {
    const result = JSON.parse(readFileSync(BANK_RULE_RESULT, 'utf8')) as { ok: boolean; output: string };
    expect(result.ok).toBe(false);
    const file = 'tests/fixtures/bank-rule-content/judges/questions.yaml';
    expect(result.output).toContain(
      `${file}: judge questions keyed true: 100% (2 of 2), target 40–60% — now keyed true: judges-01, judges-02`,
    );
    expect(result.output).toContain(`${file}: 2 live questions, target at least 30 per bank`);
  });

  it('print the table once in the real build, a row for every bank, no target missed', () => {
    const log = readFileSync(ROOT_BUILD_LOG, 'utf8');
    expect(log.match(/^Question banks \(issue 10\)$/gm)).toHaveLength(1);
    expect(log.match(/^Guessing strategies/gm)).toHaveLength(1);
    const table = log.slice(log.indexOf('Question banks (issue 10)'), log.indexOf('Guessing strategies'));
    for (const bank of ['overview', 'village-election', 'follow-up', 'all'])
      expect(table).toMatch(new RegExp(`^${bank} `, 'm'));
    expect(table).not.toContain('✗');
    expect(table).toContain('across all banks: 0 pairs');
  });
});
