import { describe, expect, it } from 'vitest';
import { isAnswered, isCorrect } from '../../src/lib/quiz/scoring';
import { scorePaper } from '../../src/lib/quiz/paper-score';
import { judge, multiple, order, single } from './quiz-fixtures';

describe('isCorrect', () => {
  it('single choice: only the right option', () => {
    expect(isCorrect(single, 2)).toBe(true);
    expect(isCorrect(single, 1)).toBe(false);
    expect(isCorrect(single, null)).toBe(false);
  });

  it('multiple choice: the exact set, in any order; a partial answer scores zero', () => {
    expect(isCorrect(multiple, [2, 0])).toBe(true);
    expect(isCorrect(multiple, [0])).toBe(false);
    expect(isCorrect(multiple, [0, 2, 3])).toBe(false);
    expect(isCorrect(multiple, [])).toBe(false);
  });

  it('true/false: false is an answer, not a blank', () => {
    expect(isCorrect(judge, false)).toBe(true);
    expect(isCorrect(judge, true)).toBe(false);
    expect(isAnswered(judge, false)).toBe(true);
  });

  it('ordering: the exact sequence', () => {
    expect(isCorrect(order, [1, 2, 0])).toBe(true);
    expect(isCorrect(order, [2, 1, 0])).toBe(false);
    expect(isCorrect(order, [1, 2])).toBe(false);
  });
});

describe('scorePaper', () => {
  it('counts, rounds down and compares with the pass mark', () => {
    const s = scorePaper([single, multiple, judge], { s: 2, m: [0, 2], j: true }, 60);
    expect(s).toMatchObject({ correct: 2, total: 3, percent: 66, passed: true, wrongIds: ['j'] });
    expect(scorePaper([single, multiple, judge], { s: 2, m: [0, 2], j: true }, 67).passed).toBe(false);
  });

  it('lists the lessons to review, most mistakes first, linking to the lesson page', () => {
    const s = scorePaper([single, multiple, judge, order], { s: 0, m: [0, 2], j: true, o: [0, 1, 2] }, 80);
    expect(s.review).toEqual([
      { lesson: 'vote/register', title: '登记', href: '/modules/vote/register/', wrong: 2, total: 2 },
      { lesson: 'vote/ballot', title: '投票', href: '/modules/vote/ballot/', wrong: 1, total: 2 },
    ]);
  });

  it('an empty paper never passes', () => {
    expect(scorePaper([], {}, 0)).toMatchObject({ total: 0, percent: 0, passed: false });
  });
});
