/**
 * Which modules the sidebar lists. A course of up to SIDEBAR_ALL_MODULES modules (the real one
 * has 10) lists them all; a larger one lists a window of SIDEBAR_WINDOW modules around the current
 * one (or the first ones, on a page outside any module), so a page's navigation stays the same
 * size however large the course grows (issue 21: at 1,000 lessons and 31 modules the module list
 * was 0.5 KB gzip of every lesson page). The home page lists every module, one link away.
 */

export const SIDEBAR_ALL_MODULES = 12;
export const SIDEBAR_WINDOW = 7;

/** The modules to list, as [from, to) indices into the course's modules in order. */
export function sidebarWindow(count: number, current: number): { from: number; to: number } {
  if (count <= SIDEBAR_ALL_MODULES) return { from: 0, to: count };
  const centre = current >= 0 && current < count ? current : 0;
  const from = Math.max(0, Math.min(centre - Math.floor(SIDEBAR_WINDOW / 2), count - SIDEBAR_WINDOW));
  return { from, to: from + SIDEBAR_WINDOW };
}
