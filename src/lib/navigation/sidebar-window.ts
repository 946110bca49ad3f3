/**
 * Which modules, and which lessons of the current module, the sidebar lists. A course of up to
 * SIDEBAR_ALL_MODULES modules (the real one has 10) lists them all, and a module of up to
 * SIDEBAR_ALL_LESSONS lessons (the real ones have 4–7) all its lessons; larger ones list a window
 * around the current one (or the first ones, on a page that is none of them), so a page's
 * navigation stays the same size however large the course grows (issue 21: at 1,000 lessons the
 * module list was 0.5 KB gzip of every lesson page, a module's 40 lessons 1 KB). The home page
 * lists every module and a module's page every lesson, one link away.
 */

export const SIDEBAR_ALL_MODULES = 12;
export const SIDEBAR_WINDOW = 7;
export const SIDEBAR_ALL_LESSONS = 12;
export const SIDEBAR_LESSON_WINDOW = 7;

export interface Window {
  /** First listed, an index into the items in order. */
  from: number;
  /** One past the last listed. */
  to: number;
}

/** `size` items around `current` out of `count`, or all of them when there are at most `all`. */
function windowAround(count: number, current: number, all: number, size: number): Window {
  if (count <= all) return { from: 0, to: count };
  const centre = current >= 0 && current < count ? current : 0;
  const from = Math.max(0, Math.min(centre - Math.floor(size / 2), count - size));
  return { from, to: from + size };
}

/** The modules to list, given the index of the current one (-1 outside any module). */
export const sidebarWindow = (count: number, current: number): Window =>
  windowAround(count, current, SIDEBAR_ALL_MODULES, SIDEBAR_WINDOW);

/** The current module's lessons to list, given the index of the current lesson (-1 on the module's other pages). */
export const lessonWindow = (count: number, current: number): Window =>
  windowAround(count, current, SIDEBAR_ALL_LESSONS, SIDEBAR_LESSON_WINDOW);
