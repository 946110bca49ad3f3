import { describe, expect, it } from 'vitest';
import { decodeProgress, emptyProgress, type LastTest } from '../../src/lib/progress/data';
import { recordAnswers, recordTest } from '../../src/lib/progress/rules';
import { mergeProgress } from '../../src/lib/progress/transfer';

const last = (percent: number, passed: boolean, at = '2026-11-01T00:00:00Z'): LastTest => ({
  seed: 1,
  size: 10,
  responses: {},
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
    ['a score out of range', { version: 1, modules: { v: { best: 120, attempts: 1, passed: true } }, wrong: {} }],
    ['a broken wrong-book entry', { version: 1, modules: {}, wrong: { q: { module: 1 } } }],
    [
      'a bad response in the last test',
      {
        version: 1,
        modules: { v: { best: 1, attempts: 1, passed: false, last: { ...last(1, false), responses: { q: 'x' } } } },
        wrong: {},
      },
    ],
  ])('rejects %s', (_, value) => {
    expect(decodeProgress(value)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('recognises data from a newer site', () => {
    expect(decodeProgress({ version: 2, modules: {}, wrong: {} })).toEqual({ ok: false, reason: 'newer' });
  });
});
