/**
 * What a role path page shows of the trainee's own record: lessons read and tests passed, and
 * the next thing to do. The page must not load the progress decoder (it would bring the quiz
 * code with it), so this reads only what the inline script of every page reads, by the same
 * rule (lib/progress/record.ts names it): `modules[id].best` and `.passed`, `lessons[id]`, of a
 * record no newer than the site. A unit test holds both readers to the decoder's reading. Never
 * throws, never writes; an unreadable record shows no marks.
 */

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

// Not progress/guards.ts: importing anything from lib/progress bundles the quiz code and Preact
// into the role path page (12 KB instead of 2).
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Marks from the stored progress text; `version` is the newest the site reads (PROGRESS_VERSION). */
export function readMarks(stored: string | null, version: number): Marks {
  const marks = noMarks();
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    return marks;
  }
  if (!isObject(value) || !(typeof value.version === 'number' && value.version <= version)) return marks;
  if (isObject(value.lessons)) for (const id of Object.keys(value.lessons)) marks.read.add(id);
  if (isObject(value.modules)) {
    for (const [id, m] of Object.entries(value.modules)) {
      if (isObject(m) && typeof m.best === 'number' && typeof m.passed === 'boolean') {
        marks.tests.set(id, { best: m.best, passed: m.passed });
      }
    }
  }
  return marks;
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

/**
 * The modules still to pass before a role path's 学习证明: no score yet, or a best score below the
 * module's own pass mark. The path page and the certificate apply this one rule, in path order.
 */
export function modulesToPass<M extends { id: string; passMark: number }>(
  modules: readonly M[],
  best: (id: string) => number | undefined,
): M[] {
  return modules.filter((m) => (best(m.id) ?? -1) < m.passMark);
}
