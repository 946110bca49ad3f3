/**
 * Which modules new 每日一练 questions come from: those of the task or role path practice was
 * last opened from (its link says `?m=<id>,<id>`; remembered in the record), or else the modules
 * the trainee has started, then the rest, in study order.
 */
import type { ProgressData } from '../progress/record';

/** The module ids a practice link names that this site has, in the link's order. */
export function focusFromUrl(search: string, modules: readonly string[]): string[] {
  const named = /[?&]m=([a-z0-9,-]+)/.exec(search)?.[1]?.split(',') ?? [];
  return [...new Set(named)].filter((id) => modules.includes(id));
}

/** The query that names `modules` for the practice page. */
export const focusQuery = (modules: readonly string[]): string => `?m=${modules.join(',')}`;

/** The modules new questions come from, in order. */
export function focusModules(data: ProgressData, modules: readonly string[]): string[] {
  const focus = data.practice.focus.filter((id) => modules.includes(id));
  if (focus.length) return focus;
  const started = (id: string) => id in data.modules || Object.keys(data.lessons).some((l) => l.startsWith(`${id}/`));
  return [...modules.filter(started), ...modules.filter((id) => !started(id))];
}

/** The module of a question id (`<module>-<number>`, checked at build time). */
export const moduleOfQuestion = (id: string): string => id.slice(0, id.lastIndexOf('-'));

/** Banks to load: the focus modules and every module with a scheduled, booked or tested question. */
export function modulesToLoad(data: ProgressData, focus: readonly string[], modules: readonly string[]): string[] {
  const used = [
    ...Object.values(data.practice.cards).map((c) => c.module),
    ...Object.values(data.wrong).map((w) => w.module),
    ...Object.keys(data.modules),
    ...(data.practice.today?.ids ?? []).map(moduleOfQuestion),
  ];
  return [...new Set([...focus, ...used])].filter((id) => modules.includes(id));
}
