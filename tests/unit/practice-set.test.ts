/** 每日一练's daily set, its days in a row, and how tests and the 错题本 reach the schedule. */
import { describe, expect, it } from 'vitest';
import { recordTest } from '../../src/lib/progress/attempts';
import { emptyProgress, type ProgressData } from '../../src/lib/progress/record';
import { recordAnswers } from '../../src/lib/progress/rules';
import { freshQuestions, pickQuestions, resizeDay, startDay } from '../../src/lib/practice/daily-set';
import { finishDay, streakDays } from '../../src/lib/practice/days';
import { answerQuestion, catchUp } from '../../src/lib/practice/schedule';

const answer = (d: ProgressData, id: string, correct: boolean, day: string) =>
  finishDay(answerQuestion(d, { id, module: id.split('-')[0]! }, correct, `${day}T08:00:00Z`, day), day);
const live = (...ids: string[]) => ({ live: new Set(ids), fresh: [] });

describe('the daily set', () => {
  it('asks 错题本 questions first, then the longest overdue, then new ones', () => {
    let d = emptyProgress();
    d = answer(d, 'a-1', true, '2026-11-01');
    d = answer(d, 'a-2', false, '2026-11-03');
    d = answer(d, 'a-3', true, '2026-11-02');
    const ids = pickQuestions(d, { live: new Set(['a-1', 'a-2', 'a-3', 'a-4']), fresh: ['a-4'] }, '2026-11-20', 5);
    expect(ids).toEqual(['a-2', 'a-1', 'a-3', 'a-4']);
  });

  it('leaves out retired questions but keeps their schedule', () => {
    let d = answer(emptyProgress(), 'a-1', false, '2026-11-01');
    expect(pickQuestions(d, live(), '2026-11-02', 5)).toEqual([]);
    expect(d.practice.cards['a-1']).toBeDefined();
    d = startDay(d, live('a-1'), '2026-11-02');
    expect(d.practice.today).toEqual({ day: '2026-11-02', ids: ['a-1'] });
  });

  it('stays the same all day and keeps answered questions when its size changes', () => {
    const pool = {
      live: new Set(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7']),
      fresh: ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7'],
    };
    let d = startDay(emptyProgress(), pool, '2026-11-01');
    expect(startDay(d, pool, '2026-11-01')).toBe(d);
    d = answer(d, 'a-1', true, '2026-11-01');
    d = resizeDay(d, pool, '2026-11-01', 10);
    expect(d.practice.today?.ids).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7']);
    d = answer(d, 'a-6', true, '2026-11-01');
    d = resizeDay(d, pool, '2026-11-01', 5);
    expect(d.practice.today?.ids).toEqual(['a-1', 'a-6', 'a-2', 'a-3', 'a-4']);
  });

  it('introduces modules not yet passed first, in study order', () => {
    let d = emptyProgress();
    d = recordTest(d, 'a', {
      paper: [],
      responses: {},
      wrong: [],
      percent: 100,
      passed: true,
      at: '2026-11-01T00:00Z',
    });
    const fresh = freshQuestions(d, [
      { id: 'a', questions: ['a-1', 'a-2'] },
      { id: 'b', questions: ['b-1', 'b-2'] },
    ]);
    expect(fresh.slice(0, 2).sort()).toEqual(['b-1', 'b-2']);
    expect(fresh.slice(2).sort()).toEqual(['a-1', 'a-2']);
  });
});

describe('the 错题本 and the schedule', () => {
  it('agree: a wrong answer is booked and back tomorrow; two right in a row take it out and space it', () => {
    let d = answer(emptyProgress(), 'a-1', false, '2026-11-01');
    expect(d.wrong['a-1']).toBeDefined();
    expect(d.practice.cards['a-1']?.due).toBe('2026-11-02');
    d = answer(d, 'a-1', true, '2026-11-02');
    expect(d.wrong['a-1']?.streak).toBe(1);
    expect(d.practice.cards['a-1']?.due).toBe('2026-11-03');
    d = answer(d, 'a-1', true, '2026-11-03');
    expect(d.wrong['a-1']).toBeUndefined();
    expect(d.practice.cards['a-1']!.due > '2026-11-04').toBe(true);
  });

  it('count a question once a day', () => {
    const d = answer(emptyProgress(), 'a-1', false, '2026-11-01');
    expect(answer(d, 'a-1', true, '2026-11-01')).toEqual(d);
  });

  it('take in tests and 错题本 entries made on other pages', () => {
    let d = recordTest(emptyProgress(), 'a', {
      paper: [
        { id: 'a-1', order: [] },
        { id: 'a-2', order: [] },
      ],
      responses: {},
      wrong: ['a-2'],
      percent: 50,
      passed: false,
      at: '2026-11-01T03:00:00Z',
    });
    d = recordAnswers(d, [{ id: 'b-7', module: 'b', correct: false }], '2026-11-02T03:00:00Z');
    d = recordAnswers(d, [{ id: 'a-2', module: 'a', correct: false }], '2026-11-01T03:00:00Z');
    const caught = catchUp(d);
    expect(caught.practice.cards['a-1']).toMatchObject({ reviewed: '2026-11-01', reps: 1 });
    expect(caught.practice.cards['a-2']).toMatchObject({ reviewed: '2026-11-01', due: '2026-11-02', reps: 1 });
    expect(caught.practice.cards['b-7']).toMatchObject({ reviewed: '2026-11-02', due: '2026-11-03' });
    expect(catchUp(caught)).toBe(caught);
  });
});

describe('days in a row', () => {
  it('count finished sets back from today, or from yesterday until today’s is done', () => {
    const pool = (id: string) => ({ live: new Set([id]), fresh: [id] });
    let d = emptyProgress();
    for (const [day, id] of [
      ['2026-11-01', 'a-1'],
      ['2026-11-03', 'a-2'],
      ['2026-11-04', 'a-3'],
    ] as const) {
      d = startDay(d, pool(id), day);
      d = answer(d, id, true, day);
    }
    expect(d.practice.days).toEqual(['2026-11-01', '2026-11-03', '2026-11-04']);
    expect(streakDays(d.practice, '2026-11-04')).toBe(2);
    expect(streakDays(d.practice, '2026-11-05')).toBe(2);
    expect(streakDays(d.practice, '2026-11-06')).toBe(0);
  });
});
