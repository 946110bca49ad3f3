import { describe, expect, it } from 'vitest';
import { drawPaper, practiceItems } from '../../src/lib/quiz/paper';
import { hashSeed, seededRandom, shuffle } from '../../src/lib/quiz/random';
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

  it('hashes text to a stable seed', () => {
    expect(hashSeed('village-election')).toBe(hashSeed('village-election'));
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
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

describe('practiceItems', () => {
  it('keeps the bank order and options, scrambling only ordering questions', () => {
    const items = practiceItems([single, order], 1);
    expect(items.map((i) => i.id)).toEqual(['s', 'o']);
    expect(items[0]!.order).toEqual([0, 1, 2, 3]);
    expect(items[1]!.order).not.toEqual(order.answer);
  });
});
