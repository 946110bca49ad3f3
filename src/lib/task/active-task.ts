/**
 * The task a trainee opened last, remembered in this browser so lessons and quiz pages can offer
 * 返回学习任务 (a plain link to task/, which then shows this task) and the quiz page can say
 * whether a test counts for it. A hint, not a record: it lives under its own key (never
 * `hj-progress`), losing it loses nothing, and a damaged, foreign or expired value reads as "no
 * task". Base.astro's boot script only asks whether the key is there.
 */
import type { StorageLike } from '../storage/record-store.ts';

export const ACTIVE_TASK_KEY = 'hj-active-task';
export const ACTIVE_TASK_VERSION = 1;

const DAY_MS = 86_400_000;
/** A task without a deadline stays active this long after it was last opened. */
const OPEN_ENDED_DAYS = 60;
/** A little grace after the deadline: late trainees still need the way back to send a receipt. */
const AFTER_DEADLINE_DAYS = 7;
const PAYLOAD = /^[A-Za-z0-9_-]{1,600}$/;

export interface ActiveTask {
  /** The task link's payload (base64url), as in task/?t=… */
  payload: string;
  title: string;
  /** Ids of the task's modules on this site. */
  modules: string[];
  /** Until when (ms) pages treat the task as active. */
  until: number;
}

/**
 * The remembered task for a task opened `now`; `end` is its deadline's last moment (ms) if it has
 * one (lib/task/dates.ts `deadlineEnd`, passed in so the quiz page need not load the dates code).
 */
export function activeTask(
  payload: string,
  title: string,
  moduleIds: string[],
  now: number,
  end: number | null,
): ActiveTask {
  const until = end === null ? now + OPEN_ENDED_DAYS * DAY_MS : Math.max(end, now) + AFTER_DEADLINE_DAYS * DAY_MS;
  return { payload, title, modules: moduleIds, until };
}

/** Decodes what is stored; null for nothing, damage, another shape or a task no longer active. */
export function readActiveTask(storage: StorageLike | null, now: number): ActiveTask | null {
  try {
    const raw = JSON.parse(storage?.getItem(ACTIVE_TASK_KEY) ?? 'null') as Partial<ActiveTask> & { version?: unknown };
    if (!raw || raw.version !== ACTIVE_TASK_VERSION) return null;
    const { payload, title, modules, until } = raw;
    if (typeof payload !== 'string' || !PAYLOAD.test(payload) || typeof title !== 'string') return null;
    if (!Array.isArray(modules) || !modules.every((m) => typeof m === 'string')) return null;
    if (typeof until !== 'number' || !(until > now)) return null;
    return { payload, title, modules, until };
  } catch {
    return null;
  }
}

/** Remembers the task; false when storage is blocked or full (the pages then simply offer no way back). */
export function saveActiveTask(storage: StorageLike | null, task: ActiveTask): boolean {
  try {
    storage?.setItem(ACTIVE_TASK_KEY, JSON.stringify({ version: ACTIVE_TASK_VERSION, ...task }));
    return !!storage;
  } catch {
    return false;
  }
}

/** Forgets the task (expired or unreadable), so pages stop offering the way back to it. */
export function forgetActiveTask(storage: StorageLike & { removeItem(key: string): void }): void {
  try {
    storage.removeItem(ACTIVE_TASK_KEY);
  } catch {
    // Blocked storage: nothing was kept to forget.
  }
}
