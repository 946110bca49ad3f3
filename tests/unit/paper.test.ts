import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPaper, practiceItems } from '../../src/lib/quiz/paper';
import { fnv1a32Utf16 } from '../../src/lib/hash';
import { seededRandom, shuffle } from '../../src/lib/quiz/random';
import type { QuizQuestion } from '../../src/lib/quiz/types';
import { bank, judge, multiple, order, single } from './quiz-fixtures';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles without losing or duplicating anything, and leaves the input alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffle(items, seededRandom(7));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(out).not.toEqual(items);
    expect(items[0]).toBe(0);
  });

  it('turns text into the seed it has always given (papers printed with it are redrawn from it)', () => {
    expect(fnv1a32Utf16('village-election')).toBe(3399737693);
    expect(fnv1a32Utf16('4242|single|any')).toBe(1584273861);
  });
});

describe('drawPaper', () => {
  it('is reproducible: same seed, same paper', () => {
    expect(drawPaper(bank(30), 10, 99)).toEqual(drawPaper(bank(30), 10, 99));
    expect(drawPaper(bank(30), 10, 99)).not.toEqual(drawPaper(bank(30), 10, 100));
  });

  it('draws without repeats, and no more questions than the bank has', () => {
    const paper = drawPaper(bank(30), 10, 5);
    expect(new Set(paper.map((p) => p.id)).size).toBe(10);
    expect(drawPaper(bank(4), 10, 5)).toHaveLength(4);
  });

  it('varies the questions drawn across seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) for (const p of drawPaper(bank(30), 5, seed)) seen.add(p.id);
    expect(seen.size).toBeGreaterThan(20);
  });

  it('shuffles options as a permutation; true/false has none', () => {
    const paper = drawPaper([single, multiple, judge, order], 4, 3);
    for (const item of paper) {
      const q = [single, multiple, judge, order].find((x) => x.id === item.id)!;
      expect([...item.order].sort()).toEqual(q.options.map((_, i) => i));
    }
  });

  it('never shows an ordering question already in the right order', () => {
    for (let seed = 0; seed < 200; seed++) {
      const [item] = drawPaper([order], 1, seed);
      expect(item!.order).not.toEqual(order.answer);
    }
  });
});

describe('the difficulty mix of a test paper', () => {
  type Level = QuizQuestion['difficulty'];
  /** A bank with `n` questions of each level, ids like "easy-3". */
  const levels = (counts: Record<Level, number>): QuizQuestion[] =>
    (Object.keys(counts) as Level[]).flatMap((level) =>
      Array.from({ length: counts[level] }, (_, i) => ({ ...single, id: `${level}-${i}`, difficulty: level })),
    );
  const mixOf = (bank: QuizQuestion[], size: number, seed: number) => {
    const level = new Map(bank.map((q) => [q.id, q.difficulty]));
    const mix = { easy: 0, medium: 0, hard: 0 };
    for (const item of drawPaper(bank, size, seed)) mix[level.get(item.id)!]++;
    return mix;
  };

  it('draws 3 easy, 4 medium and 3 hard questions for a paper of ten, whatever the seed', () => {
    const bank = levels({ easy: 12, medium: 15, hard: 9 });
    for (let seed = 0; seed < 50; seed++) expect(mixOf(bank, 10, seed)).toEqual({ easy: 3, medium: 4, hard: 3 });
  });

  it('rounds other sizes the same way for every seed, ties going to the easier level', () => {
    const bank = levels({ easy: 10, medium: 10, hard: 10 });
    const expected: Record<number, Record<Level, number>> = {
      1: { easy: 0, medium: 1, hard: 0 },
      2: { easy: 1, medium: 1, hard: 0 },
      5: { easy: 2, medium: 2, hard: 1 },
      7: { easy: 2, medium: 3, hard: 2 },
      20: { easy: 6, medium: 8, hard: 6 },
    };
    for (const [size, mix] of Object.entries(expected))
      for (let seed = 0; seed < 10; seed++) expect(mixOf(bank, Number(size), seed)).toEqual(mix);
  });

  it('fills the places of a level that runs short from the other levels, in proportion', () => {
    expect(mixOf(levels({ easy: 10, medium: 10, hard: 1 }), 10, 4)).toEqual({ easy: 4, medium: 5, hard: 1 });
    expect(mixOf(levels({ easy: 0, medium: 3, hard: 20 }), 10, 4)).toEqual({ easy: 0, medium: 3, hard: 7 });
  });

  it('takes the whole bank when it has no more questions than the paper', () => {
    const bank = levels({ easy: 1, medium: 2, hard: 1 });
    expect(
      drawPaper(bank, 10, 1)
        .map((p) => p.id)
        .sort(),
    ).toEqual(bank.map((q) => q.id).sort());
    expect(drawPaper(bank, 0, 1)).toEqual([]);
  });

  it('mixes the levels through the paper instead of grouping them', () => {
    const bank = levels({ easy: 10, medium: 10, hard: 10 });
    const firstLevels = new Set(
      Array.from({ length: 20 }, (_, seed) => drawPaper(bank, 10, seed)[0]!.id.split('-')[0]),
    );
    expect(firstLevels).toEqual(new Set(['easy', 'medium', 'hard']));
  });

  it('still rebuilds the same paper from the same seed', () => {
    const bank = levels({ easy: 12, medium: 15, hard: 9 });
    expect(drawPaper(bank, 10, 77)).toEqual(drawPaper(bank, 10, 77));
  });
});

describe('practiceItems', () => {
  it("keeps the bank order and shuffles every question's options as a permutation", () => {
    const items = practiceItems([single, multiple, judge, order], 1);
    expect(items.map((i) => i.id)).toEqual(['s', 'm', 'j', 'o']);
    expect(items[2]!.order).toEqual([]);
    for (const [i, q] of [single, multiple, order].entries())
      expect([...items[i === 2 ? 3 : i]!.order].sort()).toEqual(q.options.map((_, k) => k));
  });

  it('spreads a key that the bank always puts second over every position', () => {
    const items = practiceItems(bank(400), 3);
    const shownAt = [0, 0, 0, 0];
    for (const item of items) shownAt[item.order.indexOf(single.answer as number)]!++;
    for (const count of shownAt) expect(count).toBeGreaterThan(70);
  });

  it('gives the same order for the same seed, so a reload shows the same list', () => {
    expect(practiceItems(bank(20), 20)).toEqual(practiceItems(bank(20), 20));
    expect(practiceItems(bank(20), 20)).not.toEqual(practiceItems(bank(20), 21));
  });

  it('never shows an ordering question already in the right order', () => {
    for (let seed = 0; seed < 200; seed++) expect(practiceItems([order], seed)[0]!.order).not.toEqual(order.answer);
  });

  it("gives a bank's first questions the same items with or without the rest (a quiz page shows them before fetching it)", () => {
    const kinds = [single, multiple, judge, order];
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { minLength: 1, maxLength: 40 }),
        fc.nat(40),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (types, cut, seed) => {
          const whole = types.map((t, i) => ({ ...kinds[t]!, id: `q${i}` }));
          const start = whole.slice(0, cut);
          expect(practiceItems(start, seed)).toEqual(practiceItems(whole, seed).slice(0, cut));
        },
      ),
    );
  });
});
