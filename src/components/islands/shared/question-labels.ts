import { optionLetter } from '../../../lib/quiz/option-letter';
import type { QuestionType, QuizQuestion, Response } from '../../../lib/quiz/types';

export const TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
  order: '排序题',
};

/** A response as a reader reads it, with option letters as shown on this paper. */
export function responseText(q: QuizQuestion, order: number[], r: Response | undefined): string {
  if (r === null || r === undefined || (Array.isArray(r) && r.length === 0)) return '未作答';
  if (typeof r === 'boolean') return r ? '正确' : '错误';
  if (typeof r === 'number') return `${optionLetter(order.indexOf(r))}. ${q.options[r]}`;
  if (q.type === 'multiple')
    return [...r]
      .map((i) => order.indexOf(i))
      .sort((a, b) => a - b)
      .map(optionLetter)
      .join('、');
  return r.map((i, n) => `${n + 1}. ${q.options[i]}`).join(' → ');
}
