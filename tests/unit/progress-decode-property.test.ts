/**
 * Property tests of the stored-format gate: over random values, random JSON text and every
 * structural truncation of real records (keys, subtrees and items dropped, wrong types at the
 * leaves), decoding never throws, never accepts a shape that is not a record, and never keeps
 * anything the original did not hold. Seeded, so a failure can be replayed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/lib/progress/record';
import { emptyProgress, PROGRESS_VERSION } from '../../src/lib/progress/record';
import { recordTest, saveDraft } from '../../src/lib/progress/attempts';
import { setProfile } from '../../src/lib/progress/profile';
import { markLessonRead, recordAnswers } from '../../src/lib/progress/rules';
import { FILE_FORMAT, importCode, importProgress } from '../../src/lib/progress/transfer';
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

/** A value shaped like a record whose every part is valid, empty or random: some are records, most not. */
function recordLike(): unknown {
  const part = (valid: unknown) => pick([{}, valid, value(3)]);
  return {
    version: pick([1, 2, 3]),
    profile: pick([null, { name: '张三', unit: '东村' }, value(3)]),
    practice: pick([emptyProgress().practice, value(3)]),
    lessons: part({ 'vote/intro': { at: '2026-11-01' } }),
    modules: part({ vote: { best: pick([0, 80, 100, 101]), attempts: 1, passed: pick([true, false, 'yes']) } }),
    wrong: part({ q1: { module: 'vote', streak: 0, at: '2026-11-01' } }),
    drafts: part({
      vote: { paper: [{ id: 'q1', order: [1, 0] }], responses: { q1: 1 }, startedAt: 'a', savedAt: 'b' },
    }),
  };
}

const real = () => {
  let d = markLessonRead(setProfile(emptyProgress(), { name: '张三', unit: '东村' }), 'vote/intro', '2026-10-31');
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

type Json = unknown;

/** Values no field of the record accepts in place of a leaf of this kind. */
function wrongTypes(leaf: Json): Json[] {
  const always = [{}, -1.5];
  if (typeof leaf === 'string') return [...always, 7, null, ['x']];
  if (typeof leaf === 'number') return [...always, String(leaf), ['x']];
  if (typeof leaf === 'boolean') return [...always, String(leaf), 'x'];
  return always;
}

/** A copy of `root` with the value at `path` replaced (or removed when `to` is DROP). */
const DROP = Symbol('drop');
function replaceAt(root: Json, path: (string | number)[], to: Json | typeof DROP): Json {
  if (path.length === 0) return to === DROP ? undefined : to;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (rest.length === 0 && to === DROP) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(copy[head as number], rest, to);
    return copy;
  }
  const copy = { ...(root as Record<string, Json>) };
  if (rest.length === 0 && to === DROP) delete copy[head as string];
  else copy[head as string] = replaceAt(copy[head as string], rest, to);
  return copy;
}

/**
 * Every way to cut the structure short, at every depth: drop each key or array item, empty
 * each object or array, and put a value of the wrong type at each leaf.
 */
function* truncations(root: Json, path: (string | number)[] = [], node: Json = root): Generator<Json> {
  if (path.length > 0) yield replaceAt(root, path, DROP);
  if (Array.isArray(node)) {
    if (path.length > 0) yield replaceAt(root, path, []);
    for (let i = 0; i < node.length; i++) yield* truncations(root, [...path, i], node[i]);
  } else if (node !== null && typeof node === 'object') {
    if (path.length > 0) yield replaceAt(root, path, {});
    for (const [key, child] of Object.entries(node)) yield* truncations(root, [...path, key], child);
  } else {
    for (const wrong of wrongTypes(node)) yield replaceAt(root, path, wrong);
  }
}

/** True when `part` holds nothing `whole` lacks: same leaves, keys a subset, arrays a subsequence. */
function subsetOf(part: Json, whole: Json): boolean {
  if (Array.isArray(part)) {
    if (!Array.isArray(whole)) return false;
    let j = 0;
    for (const item of part) {
      while (j < whole.length && !subsetOf(item, whole[j])) j++;
      if (j === whole.length) return false;
      j++;
    }
    return true;
  }
  if (part !== null && typeof part === 'object') {
    if (whole === null || typeof whole !== 'object' || Array.isArray(whole)) return false;
    const w = whole as Record<string, Json>;
    return Object.entries(part).every(([k, v]) => k in w && subsetOf(v, w[k]));
  }
  return Object.is(part, whole);
}

describe('decodeProgress over garbage', () => {
  it('never throws, and whatever it accepts is a complete record', () => {
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const kind = random();
      const v = kind < 0.3 ? value() : kind < 0.6 ? { ...(value() as object), version: pick([1, 2, 3]) } : recordLike();
      const decoded = decodeProgress(v);
      if (decoded.ok) {
        accepted++;
        // Accepted: every part a reader relies on is there, of the right kind.
        const d = decoded.data;
        expect(d.version).toBe(PROGRESS_VERSION);
        for (const part of [d.lessons, d.modules, d.wrong, d.drafts]) expect(typeof part).toBe('object');
        for (const m of Object.values(d.modules)) expect(typeof m.best).toBe('number');
      }
    }
    console.log(`[decode] ${accepted} of 5000 random values accepted`);
    // Enough random values are records that the checks above really run, and most are not.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2500);
  });

  it('rejects every structural truncation of a real record with a message, or keeps only what was there', () => {
    const v1 = JSON.parse(
      readFileSync(new URL('../fixtures/progress-v1/one-test.json', import.meta.url), 'utf8'),
    ) as unknown;
    for (const source of [real() as unknown, v1]) {
      const whole = decodeProgress(source);
      expect(whole.ok).toBe(true);
      if (!whole.ok) continue;
      let rejected = 0;
      let accepted = 0;
      for (const mutant of truncations(source)) {
        const decoded = decodeProgress(mutant);
        if (decoded.ok) {
          accepted++;
          expect(subsetOf(decoded.data, whole.data), JSON.stringify(mutant)).toBe(true);
        } else {
          rejected++;
          // The same damage inside an export file is refused with a Chinese reason.
          const file = importProgress(JSON.stringify({ format: FILE_FORMAT, version: 1, progress: mutant }));
          expect(file.ok).toBe(false);
          if (!file.ok) expect(file.error).toMatch(/[\u4e00-\u9fff]/);
        }
      }
      // Both outcomes happen, so neither branch above is dead.
      expect(rejected).toBeGreaterThan(20);
      expect(accepted).toBeGreaterThan(5);
    }
  });

  it('survives every one-character change of a real record’s JSON', () => {
    const text = JSON.stringify(real());
    const v1 = readFileSync(new URL('../fixtures/progress-v1/one-test.json', import.meta.url), 'utf8').trim();
    for (const source of [text, v1]) {
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
