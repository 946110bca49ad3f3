import { describe, expect, it } from 'vitest';
import { buildAndIndex } from '../../tooling/bench/builds.ts';
import { floorPage } from '../../tooling/bench/floor-site.ts';
import { parseBenchArgs } from '../../tooling/bench/options.ts';
import { formatRatio, ratio, ratioTarget, shortfall } from '../../tooling/bench/ratios.ts';
import { targetsTable } from '../../tooling/bench/targets.ts';

describe('the ratio of ours to another site in the same run', () => {
  it('is rounded to hundredths', () => {
    expect(ratio(40.7, 38.9)).toBe(1.05);
    expect(ratio(14.3, 19.7)).toBe(0.73);
  });

  it('is unknown when a figure is missing or the other is zero', () => {
    expect(ratio(undefined, 10)).toBeUndefined();
    expect(ratio(10, undefined)).toBeUndefined();
    expect(ratio(10, 0)).toBeUndefined();
  });

  it('is written ×r over the floor and r× as a fraction of Starlight', () => {
    expect(formatRatio(1.78, 'times')).toBe('×1.78');
    expect(formatRatio(0.64, 'fraction')).toBe('0.64×');
    expect(formatRatio(undefined, 'fraction')).toBe('–');
  });
});

describe('how much a miss needs', () => {
  it('says by what share ours must shrink to reach the goal, rounded up', () => {
    // 1.05 → 0.6 needs 1 − 0.6/1.05 = 42.9 %.
    expect(shortfall(1.05, 0.6)).toBe('needs −43%');
    expect(shortfall(0.73, 0.4)).toBe('needs −46%');
  });

  it('is nothing for a met goal, the goal itself included', () => {
    expect(shortfall(0.6, 0.6)).toBeUndefined();
    expect(shortfall(0.5, 0.6)).toBeUndefined();
  });
});

describe('a ratio target', () => {
  const build = {
    name: 'build + index vs Starlight, N = 1000',
    unit: (x: number) => `${x} s`,
    goal: 0.6,
    style: 'fraction' as const,
  };

  it('shows the ratio with both figures and the note, and says by how much it is missed', () => {
    const target = ratioTarget({ ...build, ours: 40.7, other: 38.9, note: 'CPU 0.9× (30 s vs 33.3 s)' });
    expect(target).toEqual({
      name: 'build + index vs Starlight, N = 1000',
      goal: '≤ 0.6×',
      measured: '1.05× (40.7 s vs 38.9 s); CPU 0.9× (30 s vs 33.3 s)',
      met: false,
      missedBy: 'needs −43%',
    });
  });

  it('is met at or under the goal, with no shortfall', () => {
    const target = ratioTarget({ ...build, ours: 23.4, other: 39 });
    expect(target.measured).toBe('0.6× (23.4 s vs 39 s)');
    expect(target.met).toBe(true);
    expect(target.missedBy).toBeUndefined();
  });

  it('prints a miss with its shortfall in the targets table', () => {
    const table = targetsTable([
      ratioTarget({ ...build, ours: 40.7, other: 38.9 }),
      { name: 'x', goal: '< 1', measured: '2', met: false },
    ]);
    expect(table).toContain(
      '| build + index vs Starlight, N = 1000 | ≤ 0.6× | 1.05× (40.7 s vs 38.9 s) | MISSED (needs −43%) |',
    );
    expect(table).toContain('| x | < 1 | 2 | MISSED |');
  });
});

describe('build and index together', () => {
  const astro = { wallS: 20.4, cpuS: 30.1, peakMB: 1400, peakProcessMB: 1300 };
  const pagefind = { wallS: 10.4, cpuS: 12.2, peakMB: 500, peakProcessMB: 480 };

  it('adds the times and takes the larger peak, the steps running one after the other', () => {
    expect(buildAndIndex(astro, pagefind)).toEqual({ wallS: 30.8, cpuS: 42.3, peakMB: 1400, peakProcessMB: 1300 });
  });

  it('is the build alone when it indexes itself (Starlight)', () => {
    expect(buildAndIndex(astro)).toEqual(astro);
  });

  it('has no CPU time when a step has none', () => {
    expect(buildAndIndex(astro, { ...pagefind, cpuS: undefined }).cpuS).toBeUndefined();
  });
});

describe("the floor's page of a generated lesson", () => {
  const corpus = { modules: [{ id: 'overview-1', lessons: ['a-1', 'work-plan-2'], questions: 3 }] };

  it('keeps the file name, NN- prefix included', () => {
    expect(floorPage(corpus, 'overview-1/work-plan-2')).toBe('overview-1/02-work-plan-2/index.html');
  });

  it('names a lesson the corpus does not have', () => {
    expect(() => floorPage(corpus, 'overview-1/nope')).toThrow('overview-1/nope');
  });
});

describe("the bench's Starlight options", () => {
  it('builds Starlight by default, in a cache folder outside the repository', () => {
    const options = parseBenchArgs([]);
    expect(options.starlight).toBe(true);
    expect(options.starlightDir).toMatch(/hj-bench-starlight$/);
  });

  it('skips it with --no-starlight and takes another folder with --starlight-dir', () => {
    const options = parseBenchArgs(['500', '--no-starlight', '--starlight-dir', '/var/cache/sl']);
    expect(options).toMatchObject({ lessons: 500, starlight: false, starlightDir: '/var/cache/sl' });
  });
});
