import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBanks } from '../../src/lib/content/bank-checks/targets';
import { parseQuestionBank } from '../../src/lib/content/question-bank';
import { ROOT } from '../../tooling/dirs';

const contentDir = join(ROOT, 'content');
const modules = readdirSync(contentDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(contentDir, d.name, 'module.yaml')))
  .map((d) => d.name);
const banks = modules.map((module) => {
  const file = `content/${module}/questions.yaml`;
  return { module, ...parseQuestionBank(readFileSync(join(ROOT, file), 'utf8'), file, module) };
});

describe('the question bank of the real curriculum', () => {
  it('parses without a problem', () => {
    expect(banks.flatMap((b) => b.errors)).toEqual([]);
  });

  it('has at least 180 questions, at least 15 in every module', () => {
    const total = banks.reduce((n, b) => n + b.questions.length, 0);
    console.log(`[bank] ${total} questions: ${banks.map((b) => `${b.module} ${b.questions.length}`).join(', ')}`);
    expect(total).toBeGreaterThanOrEqual(180);
    expect(banks.filter((b) => b.questions.length < 15).map((b) => b.module)).toEqual([]);
  });

  it('meets every bank target of issue 10, as the build enforces them', () => {
    expect(
      checkBanks(
        banks.map((b) => ({ module: b.module, file: `content/${b.module}/questions.yaml`, questions: b.questions })),
      ).problems.map((p) => p.message),
    ).toEqual([]);
  });

  it('uses every question type in every module', () => {
    const gaps = banks.flatMap((b) =>
      (['single', 'multiple', 'judge', 'order'] as const)
        .filter((t) => !b.questions.some((q) => q.type === t))
        .map((t) => `${b.module}: no ${t}`),
    );
    expect(gaps).toEqual([]);
  });

  it('says on every multiple-choice stem that all correct options are needed', () => {
    const unmarked = banks.flatMap((b) => b.questions).filter((q) => q.type === 'multiple' && !/多选/.test(q.stem));
    expect(unmarked.map((q) => q.id)).toEqual([]);
  });
});
