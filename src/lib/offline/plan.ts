/**
 * The offline plan: every file the service worker keeps, the small core it stores before it takes
 * over, and the groups it fills in afterwards (the task page, each module, the rest). The build
 * writes it into sw.js (tooling/offline/fill-plan.ts); the worker (src/client/sw.js) fills its
 * cache in the order given here and reports its progress with `progress`, which the pages put into
 * words (status-text.ts).
 */

/** A file kept: its URL relative to the worker's scope, its revision (null when the name carries a content hash), its bytes. */
export type PlanFile = [url: string, revision: string | null, bytes: number];

export interface OfflinePlan {
  files: PlanFile[];
  /** Indexes into `files`: the shell, stored before the worker takes over. */
  core: number[];
  /** The task page and what it loads (not in `core`): fetched first whenever a task is active. */
  task: number[];
  /** By module id, in the site's order: the module's pages and questions and what they load (not in `core`). */
  modules: [id: string, files: number[]][];
  /** Every file not in `core`, in the order the whole site is filled. */
  rest: number[];
  /** Search chunks kept at run time (a large site does not precache them); 0 when they are in `files`. */
  chunkLimit: number;
}

/** What the reader wants kept: the active task's modules first, and whether to stop after them. */
export interface OfflineWish {
  first: string[];
  only: boolean;
}

export interface PartProgress {
  saved: number;
  files: number;
  bytes: number;
}

export interface OfflineProgress {
  site: PartProgress;
  /** The task's part (the core, the task page and its modules); null without an active task. */
  task: PartProgress | null;
  only: boolean;
}

/**
 * The cache key of a file, as workbox-precaching wrote it, so a phone that kept the site with the
 * earlier workbox worker keeps its files when this worker takes over.
 */
export function cacheKey(scope: string, [url, revision]: PlanFile): string {
  return scope + url + (revision === null ? '' : `?__WB_REVISION__=${encodeURIComponent(revision)}`);
}

const moduleFiles = (plan: OfflinePlan, ids: readonly string[]): number[] =>
  ids.flatMap((id) => plan.modules.find(([m]) => m === id)?.[1] ?? []);

const unique = (indexes: number[]): number[] => [...new Set(indexes)];

/** The files of the task's part, core first; empty without a task. */
export function taskPart(plan: OfflinePlan, first: readonly string[]): number[] {
  const modules = moduleFiles(plan, first);
  return modules.length === 0 ? [] : unique([...plan.core, ...plan.task, ...modules]);
}

/**
 * The order in which the files after the core are fetched: the task page and the task's modules
 * (in the task's order) first, then, unless the reader asked for the task only, the rest of the site.
 */
export function fillOrder(plan: OfflinePlan, { first, only }: OfflineWish): number[] {
  const core = new Set(plan.core);
  const task = taskPart(plan, first).filter((i) => !core.has(i));
  // Without a task there is nothing to limit the saving to: the whole site is kept.
  return only && task.length > 0 ? task : unique([...task, ...plan.rest]);
}

function part(plan: OfflinePlan, indexes: number[], saved: (index: number) => boolean): PartProgress {
  let count = 0;
  let bytes = 0;
  for (const i of indexes) {
    if (saved(i)) count++;
    bytes += plan.files[i]![2];
  }
  return { saved: count, files: indexes.length, bytes };
}

/** How far the saving has got, for the whole site and for the task's part. */
export function progress(plan: OfflinePlan, wish: OfflineWish, saved: (index: number) => boolean): OfflineProgress {
  const task = taskPart(plan, wish.first);
  return {
    site: part(
      plan,
      plan.files.map((_, i) => i),
      saved,
    ),
    task: task.length > 0 ? part(plan, task, saved) : null,
    only: wish.only && task.length > 0,
  };
}
