import type { Difficulty, QuestionType } from '../schemas';

/** The fields of an authored question the checks read (answers 1-based, as in questions.yaml). */
export interface BankQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  options: readonly string[];
  answer: number | boolean | readonly number[];
  /** 解析, shown after the answer. */
  explanation: string;
  difficulty: Difficulty;
  retired: boolean;
  lint?: string;
}
