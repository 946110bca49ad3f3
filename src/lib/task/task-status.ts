/**
 * A trainee's standing on a task: per assigned module, lessons read and best score against the
 * task's pass mark; where to continue; and the receipt that reports it. Pure: the task page
 * passes in the progress record, seen through `recordView`.
 */
import type { ProgressData } from '../progress/record';
import { questionNumbers } from './question-ref';
import type { Receipt } from './receipt';
import type { Task } from './link';
import { nextStep, type NextStep } from '../learning-path/progress-marks';

export interface SiteModule {
  code: string;
  id: string;
  title: string;
  lessons: readonly { id: string }[];
  /** The module's own pass mark: the record's `passedAt` is when a score reached it. */
  passMark?: number;
}

/** What the record says about one module's test. */
export interface TestRecordView {
  best: number;
  /** When the module's own pass mark was first reached (ms), if known. */
  passedAt?: number;
  /** When the best score was first reached (ms), if known. */
  bestAt?: number;
  /** Question ids answered wrong in the latest test. */
  wrong: readonly string[];
}
export interface RecordView {
  read: ReadonlySet<string>;
  tests: ReadonlyMap<string, TestRecordView>;
}

const time = (iso: string | undefined) => {
  const ms = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/** What the task page needs from the progress record: lessons read and each module's test. */
export function recordView(data: ProgressData): RecordView {
  const tests = new Map<string, TestRecordView>();
  for (const [id, m] of Object.entries(data.modules)) {
    // Tests upgraded from version 1 have no times of their own; their last test's time stands in.
    const lastAt = time(m.last?.at);
    tests.set(id, {
      best: m.best,
      passedAt: time(m.passedAt) ?? (m.passed ? lastAt : undefined),
      bestAt: time(m.bestAt) ?? lastAt,
      wrong: m.last?.wrong ?? [],
    });
  }
  return { read: new Set(Object.keys(data.lessons)), tests };
}

export interface ModuleStanding<M extends SiteModule> {
  module: M;
  lessonsRead: number;
  best: number | null;
  /** Best score at or above the task's pass mark. */
  done: boolean;
}
export interface TaskStanding<M extends SiteModule> {
  modules: ModuleStanding<M>[];
  /** Codes in the link that this site has no module for (a newer or foreign link). */
  unknown: string[];
  complete: boolean;
  next: NextStep;
  /** The task's pass mark the standing was measured against. */
  passMark: number;
}

export function taskStanding<M extends SiteModule>(
  task: Task,
  site: readonly M[],
  record: RecordView,
): TaskStanding<M> {
  const byCode = new Map(site.map((m) => [m.code, m]));
  const unknown = task.modules.filter((c) => !byCode.has(c));
  const modules = task.modules.flatMap((code) => {
    const module = byCode.get(code);
    if (!module) return [];
    const best = record.tests.get(module.id)?.best ?? null;
    return [
      {
        module,
        lessonsRead: module.lessons.filter((l) => record.read.has(l.id)).length,
        best,
        done: best !== null && best >= task.passMark,
      },
    ];
  });
  const marks = {
    read: new Set(record.read),
    tests: new Map(modules.map((s) => [s.module.id, { best: s.best ?? 0, passed: s.done }])),
  };
  return {
    modules,
    unknown,
    complete: modules.length > 0 && unknown.length === 0 && modules.every((s) => s.done),
    next: nextStep(
      modules.map((s) => s.module),
      marks,
    ),
    passMark: task.passMark,
  };
}

/**
 * When a module's test was first done for this task. The record's `passedAt` is the first pass
 * against the module's own mark, which also meets the task's when the task asks no more; a task
 * asking more falls back to when the best score was reached. Both are never earlier than the truth.
 */
export function doneAt(module: SiteModule, test: TestRecordView | undefined, taskPassMark: number): number | undefined {
  if (!test) return undefined;
  const passMeetsTask = module.passMark === undefined || module.passMark >= taskPassMark;
  return (passMeetsTask ? test.passedAt : undefined) ?? test.bestAt;
}

/**
 * The receipt for a task. A complete one is dated when its last module was first done (see
 * `doneAt`), so it reads the same every time it is shown and a later, better score does not make
 * an on-time trainee look late; a partial one is dated `now`.
 */
export function receiptFor<M extends SiteModule>(
  taskId: string,
  standing: TaskStanding<M>,
  record: RecordView,
  who: { name: string; unit: string },
  now: number,
): Receipt {
  const times = standing.modules.map((s) => doneAt(s.module, record.tests.get(s.module.id), standing.passMark));
  const known = times.filter((t): t is number => t !== undefined);
  const completedAt = standing.complete && known.length === times.length && known.length ? Math.max(...known) : now;
  return {
    taskId,
    name: who.name.trim(),
    unit: who.unit.trim(),
    completedAt: Math.floor(completedAt / 60_000) * 60_000,
    partial: !standing.complete,
    modules: standing.modules.map((s) => ({
      code: s.module.code,
      best: s.best,
      wrong: s.best === null ? [] : questionNumbers(record.tests.get(s.module.id)?.wrong ?? [], s.module.id),
      // A module without lessons has nothing to count (a receipt refuses a total of 0).
      ...(s.module.lessons.length ? { lessons: { read: s.lessonsRead, total: s.module.lessons.length } } : {}),
    })),
  };
}
