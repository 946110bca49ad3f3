import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/lib/progress/record';
import { emptyProgress, PROGRESS_VERSION, type TestRecord } from '../../src/lib/progress/record';
import { dropDraft, recordTest, saveDraft } from '../../src/lib/progress/attempts';
import { setProfile } from '../../src/lib/progress/profile';
import { markLessonRead, recordAnswers } from '../../src/lib/progress/rules';
import { mergeProgress } from '../../src/lib/progress/transfer';

const last = (percent: number, passed: boolean, at = '2026-11-01T00:00:00Z'): TestRecord => ({
  paper: [{ id: 'q1', order: [1, 0, 2] }],
  responses: { q1: 0 },
  wrong: percent < 100 ? ['q1'] : [],
  percent,
  passed,
  at,
});

describe('recordTest', () => {
  it('counts attempts, keeps the best score and keeps a pass once earned', () => {
    let d = recordTest(emptyProgress(), 'vote', last(90, true));
    d = recordTest(d, 'vote', last(40, false));
    expect(d.modules.vote).toMatchObject({ best: 90, attempts: 2, passed: true, last: { percent: 40 } });
  });
});

describe('the wrong-answer book', () => {
  const at = '2026-11-02T00:00:00Z';
  it('takes in a question answered wrong', () => {
    const d = recordAnswers(emptyProgress(), [{ id: 'q1', module: 'vote', correct: false }], at);
    expect(d.wrong).toEqual({ q1: { module: 'vote', streak: 0, at } });
  });

  it('lets a question go after two right answers in a row', () => {
    let d = recordAnswers(emptyProgress(), [{ id: 'q1', module: 'vote', correct: false }], at);
    d = recordAnswers(d, [{ id: 'q1', module: 'vote', correct: true }], at);
    expect(d.wrong.q1?.streak).toBe(1);
    d = recordAnswers(d, [{ id: 'q1', module: 'vote', correct: true }], at);
    expect(d.wrong.q1).toBeUndefined();
  });

  it('starts the streak again after a new mistake', () => {
    let d = recordAnswers(emptyProgress(), [{ id: 'q1', module: 'vote', correct: false }], at);
    d = recordAnswers(d, [{ id: 'q1', module: 'vote', correct: true }], at);
    d = recordAnswers(d, [{ id: 'q1', module: 'vote', correct: false }], at);
    d = recordAnswers(d, [{ id: 'q1', module: 'vote', correct: true }], at);
    expect(d.wrong.q1?.streak).toBe(1);
  });

  it('ignores right answers to questions never missed', () => {
    expect(recordAnswers(emptyProgress(), [{ id: 'q9', module: 'vote', correct: true }], at).wrong).toEqual({});
  });
});

describe('mergeProgress', () => {
  it('keeps the best of both devices', () => {
    const a = recordAnswers(
      recordTest(emptyProgress(), 'vote', last(60, false, '2026-11-01')),
      [{ id: 'q1', module: 'vote', correct: false }],
      '2026-11-01',
    );
    const b = recordTest(recordTest(emptyProgress(), 'vote', last(85, true, '2026-11-03')), 'law', last(50, false));
    const m = mergeProgress(a, b);
    expect(m.modules.vote).toMatchObject({ best: 85, attempts: 1, passed: true, last: { at: '2026-11-03' } });
    expect(m.modules.law?.best).toBe(50);
    expect(m.wrong.q1).toBeDefined();
  });
});

describe('decodeProgress', () => {
  it('accepts what the site writes', () => {
    const d = recordTest(emptyProgress(), 'vote', last(90, true));
    expect(decodeProgress(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, data: d });
  });

  it.each([
    ['not an object', 'x'],
    ['no version', { modules: {}, wrong: {} }],
    ['an unknown older version', { version: 0, modules: {}, wrong: {} }],
    ['a version that is not a whole number', { ...emptyProgress(), version: 1.5 }],
    ['a score out of range', { ...emptyProgress(), modules: { v: { best: 120, attempts: 1, passed: true } } }],
    ['a broken wrong-book entry', { ...emptyProgress(), wrong: { q: { module: 1 } } }],
    ['a version-2 record without its drafts', { version: 2, profile: null, lessons: {}, modules: {}, wrong: {} }],
    ['a profile without a unit', { ...emptyProgress(), profile: { name: '张三' } }],
    ['a lesson without a time', { ...emptyProgress(), lessons: { 'a/b': {} } }],
    [
      'a paper question without its option order',
      { ...emptyProgress(), drafts: { v: { paper: [{ id: 'q' }], responses: {}, startedAt: 'x', savedAt: 'x' } } },
    ],
    [
      'a bad response in the last test',
      {
        ...emptyProgress(),
        modules: { v: { best: 1, attempts: 1, passed: false, last: { ...last(1, false), responses: { q: 'x' } } } },
      },
    ],
    [
      'a version-1 record with a broken last test',
      { version: 1, modules: { v: { best: 1, attempts: 1, passed: false, last: { seed: -1 } } }, wrong: {} },
    ],
  ])('rejects %s', (_, value) => {
    expect(decodeProgress(value)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('recognises data from a newer site', () => {
    expect(decodeProgress({ version: PROGRESS_VERSION + 1, modules: {}, wrong: {} })).toEqual({
      ok: false,
      reason: 'newer',
    });
  });
});

describe('the record of a module', () => {
  it('keeps when the best score was reached and when the module was first passed', () => {
    let d = recordTest(emptyProgress(), 'vote', last(50, false, '2026-11-01'));
    d = recordTest(d, 'vote', last(90, true, '2026-11-02'));
    d = recordTest(d, 'vote', last(95, true, '2026-11-03'));
    d = recordTest(d, 'vote', last(60, false, '2026-11-04'));
    expect(d.modules.vote).toMatchObject({ best: 95, bestAt: '2026-11-03', passed: true, passedAt: '2026-11-02' });
    expect(d.modules.vote?.last?.wrong).toEqual(['q1']);
  });

  it('ends the test in progress when a test is handed in', () => {
    const draft = { paper: [{ id: 'q1', order: [0, 1] }], responses: { q1: 1 }, startedAt: 'a', savedAt: 'b' };
    let d = saveDraft(emptyProgress(), 'vote', draft);
    d = saveDraft(d, 'law', draft);
    expect(dropDraft(d, 'law').drafts).toEqual({ vote: draft });
    expect(recordTest(d, 'vote', last(90, true)).drafts).toEqual({ law: draft });
  });
});

describe('lessons and profile', () => {
  it('remembers the first time a lesson was read', () => {
    let d = markLessonRead(emptyProgress(), 'vote/ballot', '2026-11-01');
    d = markLessonRead(d, 'vote/ballot', '2026-11-05');
    expect(d.lessons).toEqual({ 'vote/ballot': { at: '2026-11-01' } });
  });

  it('trims name and unit, and clears the profile when both are blank', () => {
    const d = setProfile(emptyProgress(), { name: ' 张三 ', unit: '城关镇东村' });
    expect(d.profile).toEqual({ name: '张三', unit: '城关镇东村' });
    expect(setProfile(d, { name: ' ', unit: '' }).profile).toBeNull();
  });

  it('merging keeps our profile, every lesson read and the earliest time of each', () => {
    const ours = setProfile(markLessonRead(emptyProgress(), 'a/1', '2026-11-03'), { name: '张三', unit: '东村' });
    const theirs = markLessonRead(markLessonRead(emptyProgress(), 'a/1', '2026-11-01'), 'a/2', '2026-11-02');
    const m = mergeProgress(ours, { ...theirs, profile: { name: '张三', unit: '东村' } });
    expect(m.profile).toEqual({ name: '张三', unit: '东村' });
    expect(m.lessons).toEqual({ 'a/1': { at: '2026-11-01' }, 'a/2': { at: '2026-11-02' } });
  });
});
