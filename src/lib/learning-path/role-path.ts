/**
 * Role paths (学习路径): what each role studies, in order, with minutes. Built from the `audience`
 * tags alone, so a new module or lesson joins the right paths without further edits. A module
 * not written for the role is left out; a lesson of an included module that is not written for
 * the role stays in the list, marked optional, because it sits between lessons the role reads.
 * The same role sets are the presets on the trainer's assignment page.
 */
import { AUDIENCES, type Audience } from '../content/schemas';

export interface PathLessonInput {
  id: string;
  title: string;
  audience: readonly Audience[];
  /** Relative reading length (e.g. characters); shares the module's minutes among its lessons. */
  length: number;
}
export interface PathModuleInput {
  id: string;
  code: string;
  title: string;
  minutes: number;
  passMark: number;
  audience: readonly Audience[];
  lessons: readonly PathLessonInput[];
}

export interface PathLesson {
  id: string;
  title: string;
  minutes: number;
  optional: boolean;
}
export interface PathModule {
  id: string;
  code: string;
  title: string;
  passMark: number;
  /** Minutes of the lessons the role must read. */
  minutes: number;
  lessons: PathLesson[];
}
export interface RolePath {
  role: Audience;
  modules: PathModule[];
  /** Minutes of every required lesson on the path. */
  minutes: number;
  /** Minutes of the optional lessons, on top of `minutes`. */
  optionalMinutes: number;
}

/** Shares `total` minutes in proportion to `weights` by largest remainder: each at least 1. */
export function splitMinutes(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + Math.max(b, 1), 0);
  const exact = weights.map((w) => (Math.max(total, weights.length) * Math.max(w, 1)) / sum);
  const shares = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = Math.max(total, weights.length) - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]![1]]! += 1;
  // Lifting tiny lessons to one minute may overshoot: take it back from the largest.
  for (; left < 0; left++) shares[shares.indexOf(Math.max(...shares))]! -= 1;
  return shares;
}

export function rolePath(role: Audience, modules: readonly PathModuleInput[]): RolePath {
  const included = modules.filter((m) => m.audience.includes(role));
  let minutes = 0;
  let optionalMinutes = 0;
  const pathModules = included.map((m): PathModule => {
    const shares = splitMinutes(
      m.minutes,
      m.lessons.map((l) => l.length),
    );
    const lessons = m.lessons.map((l, i) => ({
      id: l.id,
      title: l.title,
      minutes: shares[i]!,
      optional: !l.audience.includes(role),
    }));
    const required = lessons.filter((l) => !l.optional).reduce((a, l) => a + l.minutes, 0);
    minutes += required;
    optionalMinutes += lessons.filter((l) => l.optional).reduce((a, l) => a + l.minutes, 0);
    return { id: m.id, code: m.code, title: m.title, passMark: m.passMark, minutes: required, lessons };
  });
  return { role, modules: pathModules, minutes, optionalMinutes };
}

/** The module codes each role studies, in order: the presets of the assignment page. */
export function rolePresets(modules: readonly PathModuleInput[]): Record<Audience, string[]> {
  const roles = Object.keys(AUDIENCES) as Audience[];
  return Object.fromEntries(
    roles.map((role) => [role, modules.filter((m) => m.audience.includes(role)).map((m) => m.code)]),
  ) as Record<Audience, string[]>;
}
