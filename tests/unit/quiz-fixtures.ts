import type { QuizQuestion } from '../../src/lib/quiz/types';

const base = {
  module: 'vote',
  explanation: '解析',
  difficulty: 'medium',
  lessonTitle: '投票',
  href: '/modules/vote/ballot/#x',
} as const;
export const single: QuizQuestion = {
  ...base,
  id: 's',
  type: 'single',
  stem: '单选',
  options: ['a', 'b', 'c', 'd'],
  answer: 2,
  lesson: 'vote/ballot',
};
export const multiple: QuizQuestion = {
  ...base,
  id: 'm',
  type: 'multiple',
  stem: '多选',
  options: ['a', 'b', 'c', 'd'],
  answer: [0, 2],
  lesson: 'vote/ballot',
};
export const judge: QuizQuestion = {
  ...base,
  id: 'j',
  type: 'judge',
  stem: '判断',
  options: [],
  answer: false,
  lesson: 'vote/register',
  lessonTitle: '登记',
  href: '/modules/vote/register/#y',
};
export const order: QuizQuestion = {
  ...base,
  id: 'o',
  type: 'order',
  stem: '排序',
  options: ['x', 'y', 'z'],
  answer: [1, 2, 0],
  lesson: 'vote/register',
  lessonTitle: '登记',
  href: '/modules/vote/register/#y',
};

export const bank = (n: number): QuizQuestion[] => Array.from({ length: n }, (_, i) => ({ ...single, id: `q${i}` }));
