import { describe, expect, it } from 'vitest';
import { toQuizQuestion } from '../../src/lib/quiz/to-client';

const authored = {
  id: 'vote-01',
  module: 'vote',
  stem: '题干',
  options: ['甲', '乙', '丙', '丁'],
  explanation: '解析',
  source: 'vote/ballot#选票',
  difficulty: 'medium' as const,
};
const convert = (q: Parameters<typeof toQuizQuestion>[0]) =>
  toQuizQuestion(q, '投票', (lesson, anchor) => `/modules/${lesson}/#${anchor}`);

describe('toQuizQuestion: authors count options from 1, the browser from 0', () => {
  it('a single-choice answer 2 (the second option, 乙) becomes index 1', () => {
    const q = convert({ ...authored, type: 'single', answer: 2 });
    expect(q.answer).toBe(1);
    expect(q.options[q.answer as number]).toBe('乙');
  });

  it('a multiple-choice answer becomes sorted 0-based indices', () => {
    expect(convert({ ...authored, type: 'multiple', answer: [4, 1] }).answer).toEqual([0, 3]);
  });

  it('an ordering answer keeps its sequence, each step 0-based', () => {
    expect(convert({ ...authored, type: 'order', answer: [3, 1, 4, 2] }).answer).toEqual([2, 0, 3, 1]);
  });

  it('a true/false answer is left as it is', () => {
    expect(convert({ ...authored, type: 'judge', options: [], answer: false }).answer).toBe(false);
  });

  it('links to the section the question comes from', () => {
    const q = convert({ ...authored, type: 'single', answer: 1 });
    expect(q).toMatchObject({ lesson: 'vote/ballot', lessonTitle: '投票', href: '/modules/vote/ballot/#选票' });
  });
});
