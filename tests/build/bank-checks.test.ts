import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANK_RULE_RESULT, ROOT_BUILD_LOG } from '../support/build-setup';

describe('the question-bank checks in the build', () => {
  it('with BANK_CHECKS=enforce stop a build whose bank misses a target, naming the file, the rule and the questions', () => {
    const result = JSON.parse(readFileSync(BANK_RULE_RESULT, 'utf8')) as { ok: boolean; output: string };
    expect(result.ok).toBe(false);
    const file = 'tests/fixtures/bank-rule-content/judges/questions.yaml';
    expect(result.output).toContain(
      `${file}: judge questions keyed true: 100% (2 of 2), target 40–60% — now keyed true: judges-01, judges-02`,
    );
    expect(result.output).toContain(`${file}: 2 live questions, target at least 30 per bank`);
  });

  it('are not run by a plain build, which prints no bank table (npm test holds the real banks to them)', () => {
    const log = readFileSync(ROOT_BUILD_LOG, 'utf8');
    expect(log).toContain('Complete!');
    expect(log).not.toMatch(/^Question banks \(issue 10\)$/m);
    expect(log).not.toMatch(/^Guessing strategies/m);
  });
});
