import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROKEN_RESULT } from '../support/build-setup';

describe('a broken question bank', () => {
  const result = JSON.parse(readFileSync(BROKEN_RESULT, 'utf8')) as { ok: boolean; output: string };

  it('stops the build', () => {
    expect(result.ok).toBe(false);
  });

  it('names the file, the question and the field of every problem', () => {
    const file = 'tests/fixtures/broken-content/broken-module/questions.yaml';
    expect(result.output).toContain(`${file}: question broken-module-07: answer 5 is out of range (4 options)`);
    expect(result.output).toContain(`${file}: question broken-module-08: explanation:`);
  });
});
