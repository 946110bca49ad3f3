/** 随堂小测: a few questions inside a lesson, checked at once. */
import type { QuizQuestion } from '../../../lib/quiz/types';
import { PracticeList } from './PracticeList';

export default function InlineCheck({ questions, name }: { questions: QuizQuestion[]; name: string }) {
  return <PracticeList questions={questions} name={name} />;
}
