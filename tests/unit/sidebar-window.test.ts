import { describe, expect, it } from 'vitest';
import { SIDEBAR_ALL_MODULES, SIDEBAR_WINDOW, sidebarWindow } from '../../src/lib/navigation/sidebar-window';

describe('the modules the sidebar lists', () => {
  it('are all of them in a course the size of the real one, wherever the reader is', () => {
    expect(sidebarWindow(10, 4)).toEqual({ from: 0, to: 10 });
    expect(sidebarWindow(SIDEBAR_ALL_MODULES, -1)).toEqual({ from: 0, to: SIDEBAR_ALL_MODULES });
  });

  it('are the current module with three either side in a larger course', () => {
    expect(SIDEBAR_WINDOW).toBe(7);
    expect(sidebarWindow(31, 15)).toEqual({ from: 12, to: 19 });
  });

  it('stay seven at either end of the course, the current module always among them', () => {
    expect(sidebarWindow(31, 0)).toEqual({ from: 0, to: 7 });
    expect(sidebarWindow(31, 1)).toEqual({ from: 0, to: 7 });
    expect(sidebarWindow(31, 29)).toEqual({ from: 24, to: 31 });
    expect(sidebarWindow(31, 30)).toEqual({ from: 24, to: 31 });
    for (let current = 0; current < 31; current++) {
      const { from, to } = sidebarWindow(31, current);
      expect(to - from).toBe(SIDEBAR_WINDOW);
      expect(current >= from && current < to).toBe(true);
    }
  });

  it('are the first ones on a page outside any module', () => {
    expect(sidebarWindow(31, -1)).toEqual({ from: 0, to: 7 });
  });

  it('do not grow with the course', () => {
    for (const count of [13, 31, 60, 200]) {
      const { from, to } = sidebarWindow(count, Math.floor(count / 2));
      expect(to - from).toBe(SIDEBAR_WINDOW);
    }
  });
});
