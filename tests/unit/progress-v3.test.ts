/**
 * Version 3 of the stored record (每日一练's schedule added) is published: a browser holds it and
 * record codes carry it to other devices. These fixtures pin it; never edit them, add a version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/lib/progress/record';
import { emptyProgress } from '../../src/lib/progress/record';
import { exportCode, importCode, mergeProgress } from '../../src/lib/progress/transfer';

const read = (name: string) => readFileSync(new URL(`../fixtures/progress-v3/${name}`, import.meta.url), 'utf8');
const stored = JSON.parse(read('practice-three-days.json'));

describe('the version-3 record', () => {
  it('decodes with its schedule, days practised, today’s set, size and focus as stored', () => {
    const decoded = decodeProgress(stored);
    expect(decoded.ok && decoded.data).toEqual(stored);
    if (!decoded.ok) return;
    expect(decoded.data.practice.cards['overview-02']).toEqual({
      module: 'overview',
      stability: 1,
      difficulty: 6.8,
      reviewed: '2026-11-04',
      due: '2026-11-05',
      reps: 3,
    });
    expect(decoded.data.practice.days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(decoded.data.practice.focus).toEqual(['overview', 'voters', 'election-day']);
  });

  it('is read from the record code made by this version, schedule included', () => {
    const imported = importCode(read('practice-three-days.code.txt'));
    expect(imported).toMatchObject({ ok: true, exportedAt: '2026-11-04T12:00:00.000Z', data: stored });
  });

  it('travels whole in a record code', () => {
    const imported = importCode(exportCode(stored, '2026-11-05T00:00:00.000Z'));
    expect(imported.ok && imported.data.practice).toEqual(stored.practice);
  });

  it.each([
    ['a card without its due day', ['cards', 'overview-01', 'due']],
    ['a card with a stability of zero', ['cards', 'overview-02', 'stability'], 0],
    ['a day that is not a date', ['days', 0], '11/02'],
    ['a set size other than 5, 10 or 20', ['size'], 7],
    ['a focus that is not a list of modules', ['focus'], { path: 'village' }],
  ])('is refused with %s, and a version 3 without a schedule too', (_, path, value?: unknown) => {
    const damaged = structuredClone(stored);
    let at = damaged.practice;
    for (const key of path.slice(0, -1)) at = at[key as string];
    const last = path.at(-1)!;
    if (value === undefined) delete at[last];
    else at[last] = value;
    expect(decodeProgress(damaged)).toEqual({ ok: false, reason: 'invalid' });
    const { practice: _dropped, ...withoutPractice } = stored;
    expect(decodeProgress(withoutPractice)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('is what a version-2 record reads as, with an empty schedule', () => {
    const { practice: _p, ...v2 } = { ...stored, version: 2 };
    const decoded = decodeProgress(v2);
    expect(decoded.ok && decoded.data.practice).toEqual(emptyProgress().practice);
    expect(decoded.ok && decoded.data.modules).toEqual(stored.modules);
  });
});

describe('merging schedules from two devices', () => {
  it('keeps each question’s latest answer and every day practised on either', () => {
    const other = structuredClone(stored);
    other.practice.cards['overview-01'] = { ...other.practice.cards['overview-01'], reviewed: '2026-11-06', reps: 3 };
    other.practice.cards['voters-04'] = { ...other.practice.cards['overview-02'], module: 'voters' };
    delete other.practice.cards['overview-02'];
    other.practice.days = ['2026-11-05', '2026-11-06'];
    const merged = mergeProgress(stored, other).practice;
    expect(merged.cards['overview-01']?.reviewed).toBe('2026-11-06');
    expect(merged.cards['overview-02']).toEqual(stored.practice.cards['overview-02']);
    expect(merged.cards['voters-04']?.module).toBe('voters');
    expect(merged.days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
  });
});
