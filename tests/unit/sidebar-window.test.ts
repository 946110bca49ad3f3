import { describe, expect, it } from 'vitest';
import {
  SIDEBAR_ALL_LESSONS,
  SIDEBAR_ALL_MODULES,
  SIDEBAR_LESSON_WINDOW,
  SIDEBAR_WINDOW,
  lessonWindow,
  sidebarWindow,
} from '../../src/lib/navigation/sidebar-window';

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

describe("the current module's lessons the sidebar lists", () => {
  it('are all of them in a module the size of the real ones (4–7 lessons), wherever the reader is', () => {
    expect(lessonWindow(7, 6)).toEqual({ from: 0, to: 7 });
    expect(lessonWindow(SIDEBAR_ALL_LESSONS, -1)).toEqual({ from: 0, to: SIDEBAR_ALL_LESSONS });
  });

  it('are the current lesson with three either side in a module of 40', () => {
    expect(SIDEBAR_LESSON_WINDOW).toBe(7);
    expect(lessonWindow(40, 19)).toEqual({ from: 16, to: 23 });
    for (let current = 0; current < 40; current++) {
      const { from, to } = lessonWindow(40, current);
      expect(to - from).toBe(SIDEBAR_LESSON_WINDOW);
      expect(current >= from && current < to).toBe(true);
    }
  });

  it("are the first seven on the module's own pages (its page, quiz, checklist)", () => {
    expect(lessonWindow(40, -1)).toEqual({ from: 0, to: 7 });
  });
});
