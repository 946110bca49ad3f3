import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION } from '../../src/lib/progress/record';
import { nextStep, readMarks } from '../../src/lib/learning-path/progress-marks';
import { rolePath, rolePresets, splitMinutes, type PathModuleInput } from '../../src/lib/learning-path/role-path';

const all = ['township', 'village', 'community', 'member', 'staff'] as const;
const modules: PathModuleInput[] = [
  {
    id: 'overview',
    code: 'ov',
    title: '总览',
    minutes: 30,
    passMark: 80,
    audience: [...all],
    lessons: [
      { id: 'overview/a', title: '甲', audience: [...all], length: 100 },
      { id: 'overview/b', title: '乙', audience: ['township', 'staff'], length: 200 },
    ],
  },
  {
    id: 'community-election',
    code: 'ce',
    title: '社区选举',
    minutes: 20,
    passMark: 70,
    audience: ['township', 'community'],
    lessons: [{ id: 'community-election/a', title: '丙', audience: ['township', 'community'], length: 50 }],
  },
];

describe('role paths', () => {
  it('leave out modules not written for the role and mark its other lessons optional', () => {
    const path = rolePath('village', modules);
    expect(path.modules.map((m) => m.id)).toEqual(['overview']);
    expect(path.modules[0]!.lessons.map((l) => [l.id, l.optional])).toEqual([
      ['overview/a', false],
      ['overview/b', true],
    ]);
  });

  it('share a module’s minutes among its lessons by length and count only required ones in the total', () => {
    const path = rolePath('village', modules);
    expect(path.modules[0]!.lessons.map((l) => l.minutes)).toEqual([10, 20]);
    expect(path.minutes).toBe(10);
    expect(path.optionalMinutes).toBe(20);
    expect(rolePath('township', modules).minutes).toBe(50);
  });

  it('split minutes that always add up to the total and give every lesson at least one', () => {
    expect(splitMinutes(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitMinutes(60, [5000, 10, 10])).toEqual([58, 1, 1]);
    expect(splitMinutes(2, [1, 1, 1])).toEqual([1, 1, 1]);
    for (let total = 1; total < 40; total++) {
      const shares = splitMinutes(total, [3, 7, 1, 9]);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(Math.max(total, 4));
      expect(Math.min(...shares)).toBeGreaterThanOrEqual(1);
    }
  });

  it('give each role its modules’ codes as the assignment preset', () => {
    const presets = rolePresets(modules);
    expect(presets.community).toEqual(['ov', 'ce']);
    expect(presets.village).toEqual(['ov']);
  });
});

describe('progress marks', () => {
  const stored = JSON.stringify({
    version: 2,
    lessons: { 'overview/a': { at: '2026-01-01' } },
    modules: { overview: { best: 60, passed: false, attempts: 1 }, broken: { best: 'x' } },
  });
  const readMarksNow = (text: string | null) => readMarks(text, PROGRESS_VERSION);

  it('read lessons and tests from the stored record and skip what does not fit', () => {
    const marks = readMarksNow(stored);
    expect([...marks.read]).toEqual(['overview/a']);
    expect([...marks.tests]).toEqual([['overview', { best: 60, passed: false }]]);
  });

  it('show nothing, without throwing, for a missing or damaged record, or one from a newer site', () => {
    const newer = JSON.stringify({ ...emptyProgress(), version: PROGRESS_VERSION + 1, lessons: { 'overview/a': {} } });
    for (const bad of [null, '', '{', 'null', '[1]', '{"modules":3,"lessons":"x"}', newer]) {
      const marks = readMarksNow(bad);
      expect(marks.read.size + marks.tests.size).toBe(0);
    }
  });

  it('continue with the first unread required lesson, then the test, then the next module', () => {
    const path = rolePath('township', modules).modules;
    expect(nextStep(path, readMarksNow(null))).toEqual({ kind: 'lesson', module: 'overview', lesson: 'overview/a' });
    const marks = readMarksNow(stored);
    expect(nextStep(path, marks)).toEqual({ kind: 'lesson', module: 'overview', lesson: 'overview/b' });
    marks.read.add('overview/b');
    expect(nextStep(path, marks)).toEqual({ kind: 'test', module: 'overview' });
    marks.tests.set('overview', { best: 90, passed: true });
    expect(nextStep(path, marks)).toEqual({
      kind: 'lesson',
      module: 'community-election',
      lesson: 'community-election/a',
    });
    marks.tests.set('community-election', { best: 100, passed: true });
    expect(nextStep(path, marks)).toBeNull();
  });
});
