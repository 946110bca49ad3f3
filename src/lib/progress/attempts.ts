/**
 * What taking a test does to a trainee's record: a draft saved on every answer, then the
 * handed-in test. Pure, like rules.ts; apart from it so pages without a test never load it.
 */
import type { Draft, ProgressData, TestRecord } from './record';

/**
 * Records a handed-in test: attempts count up, the best score and the first pass are kept with
 * their times, the paper becomes the module's last test and its draft is done with.
 */
export function recordTest(data: ProgressData, module: string, last: TestRecord): ProgressData {
  const before = data.modules[module] ?? { best: 0, attempts: 0, passed: false };
  const better = !before.attempts || last.percent > before.best;
  const passedAt = before.passed ? before.passedAt : last.passed ? last.at : undefined;
  const drafts = { ...data.drafts };
  delete drafts[module];
  return {
    ...data,
    drafts,
    modules: {
      ...data.modules,
      [module]: {
        best: Math.max(before.best, last.percent),
        attempts: before.attempts + 1,
        passed: before.passed || last.passed,
        ...(better ? { bestAt: last.at } : before.bestAt ? { bestAt: before.bestAt } : {}),
        ...(passedAt ? { passedAt } : {}),
        last,
      },
    },
  };
}

/** Saves (or replaces) the test in progress of a module. */
export const saveDraft = (data: ProgressData, module: string, draft: Draft): ProgressData => ({
  ...data,
  drafts: { ...data.drafts, [module]: draft },
});

/** Abandons the test in progress of a module. */
export function dropDraft(data: ProgressData, module: string): ProgressData {
  const drafts = { ...data.drafts };
  delete drafts[module];
  return { ...data, drafts };
}
