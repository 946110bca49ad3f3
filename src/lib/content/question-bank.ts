/**
 * Parses one module's questions.yaml into checked questions. Every problem is reported as
 * "<file>: question <id>: <field> …" so an author can go straight to the line to fix.
 */
import { parseDocument } from 'yaml';
import { questionBankSchema, questionSchema, type Question } from './schemas';
import { formatIssuePath } from './messages';

export interface BankResult {
  questions: Question[];
  errors: string[];
}

export function parseQuestionBank(text: string, file: string, moduleId: string): BankResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    return { questions: [], errors: [`${file}: YAML syntax error${line ? ` at line ${line}` : ''}: ${first.message.split('\n')[0]}`] };
  }
  const bank = questionBankSchema.safeParse(doc.toJS());
  if (!bank.success) {
    return { questions: [], errors: [`${file}: expected a top-level "questions:" list with at least one question`] };
  }

  const questions: Question[] = [];
  const errors: string[] = [];
  bank.data.questions.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '';
    const label = `${file}: question ${rawId || `#${index + 1}`}`;
    const parsed = questionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${label}: ${formatIssuePath(issue.path)}: ${issue.message}`);
      return;
    }
    const answerErrors = checkAnswer(parsed.data);
    for (const message of answerErrors) errors.push(`${label}: ${message}`);
    if (answerErrors.length === 0) questions.push({ ...parsed.data, module: moduleId });
  });
  return { questions, errors };
}

/**
 * Question ids are unique across the site: progress, 错题本 and receipts refer to them. Keeps
 * the first file to use each id in `firstFile` (id → file) and reports every later use there,
 * naming both files; returns the questions whose ids were free.
 */
export function claimIds(questions: readonly Question[], file: string, firstFile: Map<string, string>): BankResult {
  const claimed: Question[] = [];
  const errors: string[] = [];
  for (const question of questions) {
    const first = firstFile.get(question.id);
    if (first) {
      errors.push(`${file}: question ${question.id}: id is already used in ${first}`);
      continue;
    }
    firstFile.set(question.id, file);
    claimed.push(question);
  }
  return { questions: claimed, errors };
}

/** The answer must fit the question type and point at options that exist. */
export function checkAnswer(q: Omit<Question, 'module'>): string[] {
  const n = q.options.length;
  const { answer } = q;
  const outOfRange = (k: number) => `answer ${k} is out of range (${n} options)`;
  switch (q.type) {
    case 'judge':
      if (typeof answer !== 'boolean') return ['answer must be true or false for a judge question'];
      if (n > 0) return ['options must be empty for a judge question (正确/错误 are implied)'];
      return [];
    case 'single':
      if (n < 2) return [`options: a single-choice question needs at least 2 options, has ${n}`];
      if (typeof answer !== 'number') return ['answer must be one option number for a single-choice question'];
      return answer < 1 || answer > n ? [outOfRange(answer)] : [];
    case 'multiple': {
      if (n < 3) return [`options: a multiple-choice question needs at least 3 options, has ${n}`];
      if (!Array.isArray(answer)) return ['answer must be a list of option numbers for a multiple-choice question'];
      const bad = answer.find((k) => k < 1 || k > n);
      if (bad !== undefined) return [outOfRange(bad)];
      if (new Set(answer).size !== answer.length) return ['answer lists an option more than once'];
      if (answer.length < 2) return ['answer: a multiple-choice question needs at least 2 correct options (use single otherwise)'];
      return [];
    }
    case 'order': {
      if (n < 3) return [`options: an ordering question needs at least 3 steps, has ${n}`];
      if (!Array.isArray(answer)) return ['answer must list the option numbers in the right order'];
      const bad = answer.find((k) => k < 1 || k > n);
      if (bad !== undefined) return [outOfRange(bad)];
      const sorted = [...answer].sort((a, b) => a - b);
      if (answer.length !== n || sorted.some((k, i) => k !== i + 1)) {
        return [`answer must use every option number 1–${n} exactly once`];
      }
      return [];
    }
  }
}
