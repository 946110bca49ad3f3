/**
 * The FSRS port against ts-fsrs, the maintained reference implementation (a devDependency only):
 * the same memory after any run of answers, and the same intervals.
 */
import fc from 'fast-check';
import { fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { interval, retrievability, review, type Memory } from '../../src/lib/practice/fsrs';

const reference = fsrs({ enable_short_term: false, enable_fuzz: false });

describe('the FSRS port', () => {
  it('gives the memory ts-fsrs gives after any run of right and wrong answers days apart', () => {
    const answer = fc.record({ days: fc.integer({ min: 0, max: 400 }), correct: fc.boolean() });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 30 }), (answers) => {
        let ours: Memory | null = null;
        let theirs: { difficulty: number; stability: number } | null = null;
        for (const { days, correct } of answers) {
          ours = review(ours, days, correct);
          theirs = reference.next_state(theirs, theirs ? days : 0, correct ? Rating.Good : Rating.Again);
          // ts-fsrs rounds to 8 decimals at each step; over a long history that drifts a little.
          expect(Math.abs(ours.stability - theirs.stability) / theirs.stability).toBeLessThan(1e-6);
          expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 5);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('waits as long as ts-fsrs for recall to fall to 90 %', () => {
    for (const stability of [0.1, 0.5, 1, 2.3065, 7, 30.4, 365, 5000]) {
      expect(interval(stability)).toBe(reference.next_interval(stability, 0));
    }
  });

  it('remembers a question right after answering it and forgets it slowly', () => {
    expect(retrievability(0, 3)).toBe(1);
    expect(retrievability(3, 3)).toBeCloseTo(0.9, 6);
    expect(retrievability(30, 3)).toBeLessThan(retrievability(3, 3));
  });

  it('lets a first right answer last longer than a first wrong one', () => {
    expect(review(null, 0, true).stability).toBeGreaterThan(review(null, 0, false).stability);
  });
});
