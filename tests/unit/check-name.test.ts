import { describe, expect, it } from 'vitest';
import { checkName } from '../../src/lib/quiz/check-name';

describe('the element ids of an inline check', () => {
  it('differ for two checks that start with the same question', () => {
    expect(checkName(['vote-01', 'vote-02'])).not.toBe(checkName(['vote-01', 'vote-03']));
  });

  it('are stable for the same list, and valid as an id and a CSS selector', () => {
    expect(checkName(['vote-01', 'vote-02'])).toBe(checkName(['vote-01', 'vote-02']));
    expect(checkName(['vote-01', 'vote-02'])).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
