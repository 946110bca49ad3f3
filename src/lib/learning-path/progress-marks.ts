/**
 * What a role path or task page shows of the trainee's own record: lessons read and tests
 * passed, and the next thing to do. Reads the stored record through the one decoder
 * (progress/decode.ts), so it shows exactly what the store reads: never throws, never writes,
 * and a record the store cannot read (damaged, or from a newer site) simply shows no marks.
 */
import { decodeProgress } from '../progress/decode';
import type { ProgressData } from '../progress/record';

export interface TestMark {
  best: number;
  passed: boolean;
}
export interface Marks {
  /** Lesson ids ("module/lesson") marked read. */
  read: Set<string>;
  /** Test results by module id. */
  tests: Map<string, TestMark>;
}

export const noMarks = (): Marks => ({ read: new Set(), tests: new Map() });

/** Marks of a decoded record. */
const marksOf = (data: ProgressData): Marks => ({
  read: new Set(Object.keys(data.lessons)),
  tests: new Map(Object.entries(data.modules).map(([id, m]) => [id, { best: m.best, passed: m.passed }])),
});

/** Marks from the stored progress text, of any version the store reads. */
export function readMarks(stored: string | null): Marks {
  try {
    const decoded = stored === null ? null : decodeProgress(JSON.parse(stored));
    return decoded?.ok ? marksOf(decoded.data) : noMarks();
  } catch {
    return noMarks();
  }
}

export interface StepModule {
  id: string;
  lessons: readonly { id: string; optional?: boolean }[];
}
export type NextStep = { kind: 'lesson'; module: string; lesson: string } | { kind: 'test'; module: string } | null;

/**
 * Where to continue: in the first module whose test is not passed, its first required lesson not
 * yet read, else its test. Null when every test is passed.
 */
export function nextStep(modules: readonly StepModule[], marks: Marks): NextStep {
  for (const m of modules) {
    if (marks.tests.get(m.id)?.passed) continue;
    const lesson = m.lessons.find((l) => !l.optional && !marks.read.has(l.id));
    return lesson ? { kind: 'lesson', module: m.id, lesson: lesson.id } : { kind: 'test', module: m.id };
  }
  return null;
}
