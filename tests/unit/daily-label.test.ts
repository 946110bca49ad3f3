/**
 * The 今日一练 link on the home page, a role path and the task page: the chosen set size, what is
 * left of today's set, 今日已练 ✓ when it is done, and the days in a row — read from the stored
 * record without the progress decoder, and held here to the decoder's reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dailyLabel,
  DEFAULT_SET_SIZE,
  LABEL_SIZES,
  readPractice,
  type PracticeView,
} from '../../src/lib/practice/daily-label';
import { emptyPractice, SET_SIZES, type PracticeData } from '../../src/lib/progress/practice-record';
import { decodeProgress, emptyProgress, PROGRESS_VERSION } from '../../src/lib/progress/record';

const card = (reviewed: string) => ({
  module: 'overview',
  stability: 2,
  difficulty: 5,
  reviewed,
  due: '2026-12-20',
  reps: 1,
});
const practice = (over: Partial<PracticeData> = {}): PracticeData => ({ ...emptyPractice(), ...over });
const DAY = '2026-12-07';
const set = (ids: string[]) => ({ day: DAY, ids });

describe('the 今日一练 link', () => {
  it('says 5 题 with nothing saved, and the size the trainee chose before today’s set is drawn', () => {
    expect(dailyLabel(null, DAY)).toEqual({ link: '今日一练 · 5 题', streak: null });
    expect(dailyLabel(practice({ size: 10 }), DAY).link).toBe('今日一练 · 10 题');
    // Yesterday's set is not today's.
    expect(dailyLabel(practice({ size: 20, today: { day: '2026-12-06', ids: ['a'] } }), DAY).link).toBe(
      '今日一练 · 20 题',
    );
  });

  it('adds how many are left when today’s set is partly answered or smaller than the size', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const answered = { a: card(DAY), b: card(DAY), c: card('2026-12-01') };
    expect(dailyLabel(practice({ size: 10, today: set(ids), cards: answered }), DAY).link).toBe(
      '今日一练 · 10 题（今天还有 8 题）',
    );
    expect(dailyLabel(practice({ size: 10, today: set(ids) }), DAY).link).toBe('今日一练 · 10 题');
    // The bank ran out: three new questions were all today's set could hold.
    expect(dailyLabel(practice({ size: 5, today: set(['a', 'b', 'c']) }), DAY).link).toBe(
      '今日一练 · 5 题（今天还有 3 题）',
    );
  });

  it('says 今日已练 ✓ once today’s set is answered, with the days in a row counting today', () => {
    const done = practice({
      today: set(['a', 'b']),
      cards: { a: card(DAY), b: card(DAY) },
      days: ['2026-12-05', '2026-12-06', DAY],
    });
    expect(dailyLabel(done, DAY)).toEqual({ link: '今日已练 ✓', streak: '已连续练习 3 天' });
    // 再练几题 after the set: the day stays practised.
    expect(dailyLabel({ ...done, today: set(['a', 'b', 'x']) }, DAY).link).toBe('今日已练 ✓');
  });

  it('keeps yesterday’s run until today is over, and says nothing of a broken one', () => {
    const run = practice({ days: ['2026-12-05', '2026-12-06'] });
    expect(dailyLabel(run, DAY)).toEqual({ link: '今日一练 · 5 题', streak: '已连续练习 2 天' });
    expect(dailyLabel(practice({ days: ['2026-12-04', '2026-12-05'] }), DAY).streak).toBeNull();
  });

  it('does not call an empty set (nothing due, every question practised) a day practised', () => {
    expect(dailyLabel(practice({ today: set([]) }), DAY).link).toBe('今日一练 · 5 题');
  });
});

describe('reading the stored record for the link', () => {
  const stored = (value: unknown) => JSON.stringify(value);
  const viaDecoder = (text: string): PracticeView | null => {
    const decoded = decodeProgress(JSON.parse(text));
    return decoded.ok ? decoded.data.practice : null;
  };
  const fixtures = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  const records = [
    ...fixtures(join(process.cwd(), 'tests/fixtures/progress-v3')),
    ...fixtures(join(process.cwd(), 'tests/fixtures/progress-v1')),
    readFileSync(join(process.cwd(), 'tests/fixtures/formats/progress-v2.json'), 'utf8'),
    stored({ ...emptyProgress(), practice: practice({ size: 20, today: set(['a']), cards: { a: card(DAY) } }) }),
  ];

  it.each(records.map((r, i) => [i, r]))('gives the decoder’s label for stored record %i', (_, text) => {
    for (const day of ['2026-11-03', '2026-11-04', '2026-11-05', DAY]) {
      expect(dailyLabel(readPractice(text, PROGRESS_VERSION), day)).toEqual(dailyLabel(viaDecoder(text), day));
    }
  });

  it('reads nothing from a newer site’s record, unreadable text or storage with nothing saved', () => {
    const newer = stored({ ...emptyProgress(), version: PROGRESS_VERSION + 1, practice: practice({ size: 20 }) });
    for (const text of [newer, '{not json', 'null', '[]', null])
      expect(readPractice(text, PROGRESS_VERSION)).toBeNull();
  });

  it('knows the record’s set sizes and its default size', () => {
    expect(LABEL_SIZES).toEqual(SET_SIZES);
    expect(DEFAULT_SET_SIZE).toBe(emptyPractice().size);
  });

  it('falls back to the default size and leaves out damaged parts rather than failing', () => {
    const damaged = stored({
      version: 3,
      practice: { size: 7, today: { day: DAY, ids: [1] }, cards: { a: 'x', b: card(DAY) }, days: ['x', DAY] },
    });
    expect(readPractice(damaged, PROGRESS_VERSION)).toEqual({
      size: 5,
      today: null,
      cards: { b: { reviewed: DAY } },
      days: [DAY],
    });
  });
});
