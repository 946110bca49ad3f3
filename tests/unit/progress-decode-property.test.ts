/**
 * Property tests of the stored-format gate: over random values, random JSON text and every
 * truncation of real records, decoding never throws and never accepts a shape that is not a
 * record. Seeded, so a failure can be replayed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress, emptyProgress } from '../../src/lib/progress/data';
import { recordTest, saveDraft } from '../../src/lib/progress/attempts';
import { recordAnswers, setProfile } from '../../src/lib/progress/rules';
import { importCode, importProgress } from '../../src/lib/progress/transfer';
import { seededRandom } from '../../src/lib/quiz/random';

const random = seededRandom(20261201);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const KEYS = [
  'version',
  'modules',
  'wrong',
  'lessons',
  'drafts',
  'profile',
  'best',
  'attempts',
  'passed',
  'last',
  'paper',
  'id',
  'order',
  'at',
  'x',
];

/** A random JSON value, biased towards the record's own keys and small numbers. */
function value(depth = 0): unknown {
  const kind = depth > 4 ? Math.floor(random() * 4) : Math.floor(random() * 7);
  if (kind === 0) return pick([null, true, false]);
  if (kind === 1) return pick([0, 1, 2, 3, -1, 1.5, 100, 101, 1e9]);
  if (kind === 2) return pick(['', 'x', '2026-11-01', '张三']);
  if (kind === 3) return Math.floor(random() * 3);
  if (kind === 4) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(KEYS), value(depth + 1)]));
}

const real = () => {
  let d = setProfile(emptyProgress(), { name: '张三', unit: '东村' });
  d = recordTest(d, 'vote', {
    paper: [{ id: 'q1', order: [2, 0, 1] }],
    responses: { q1: 2 },
    wrong: ['q1'],
    percent: 0,
    passed: false,
    at: '2026-11-01',
  });
  d = recordAnswers(d, [{ id: 'q1', module: 'vote', correct: false }], '2026-11-01');
  return saveDraft(d, 'law', {
    paper: [{ id: 'l1', order: [] }],
    responses: { l1: true },
    startedAt: 'a',
    savedAt: 'b',
  });
};

describe('decodeProgress over garbage', () => {
  it('never throws, and whatever it accepts is a complete record', () => {
    for (let i = 0; i < 5000; i++) {
      const v = random() < 0.5 ? value() : { ...(value() as object), version: pick([1, 2]) };
      const decoded = decodeProgress(v);
      if (decoded.ok) {
        // Accepted: every part a reader relies on is there, of the right kind.
        const d = decoded.data;
        expect(d.version).toBe(2);
        for (const part of [d.lessons, d.modules, d.wrong, d.drafts]) expect(typeof part).toBe('object');
        for (const m of Object.values(d.modules)) expect(typeof m.best).toBe('number');
      }
    }
  });

  it('rejects every truncation of a real record’s JSON and survives every one-character change', () => {
    const text = JSON.stringify(real());
    const v1 = readFileSync(new URL('../fixtures/progress-v1/one-test.json', import.meta.url), 'utf8').trim();
    for (const source of [text, v1]) {
      for (let cut = 0; cut < source.length; cut++) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(source.slice(0, cut));
        } catch {
          continue;
        }
        expect(decodeProgress(parsed).ok).toBe(false);
      }
      for (let i = 0; i < 1500; i++) {
        const at = Math.floor(random() * source.length);
        const changed = source.slice(0, at) + pick(['"', '1', '}', ']', ',', 'x', '-']) + source.slice(at + 1);
        expect(() => importProgress(changed)).not.toThrow();
        let parsed: unknown;
        try {
          parsed = JSON.parse(changed);
        } catch {
          continue;
        }
        expect(() => decodeProgress(parsed)).not.toThrow();
      }
    }
  });

  it('never throws on random text given as a file or a code', () => {
    const chars = 'HJXL1.{}[]":,0123456789abcxyz_- \n版本';
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => pick([...chars])).join('');
      expect(importProgress(text).ok).toBe(false);
      expect(importCode(text).ok).toBe(false);
    }
  });
});
