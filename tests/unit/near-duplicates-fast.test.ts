import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findNearDuplicates, jaccard, stemBigrams, type Stem } from '../../src/lib/content/bank-checks/near-duplicates';
import { ROOT } from '../../tooling/dirs.ts';

/** Every pair compared, as the definition says: what the pruned, numbered search must find. */
function everyPair(items: readonly Stem[], threshold: number) {
  const sets = items.map((item) => stemBigrams(item.stem));
  const out: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const similarity = jaccard(sets[i]!, sets[j]!);
      if (similarity >= threshold) out.push(`${items[i]!.id}~${items[j]!.id} ${similarity.toFixed(6)}`);
    }
  return out;
}

const content = join(ROOT, 'content');
const realStems: Stem[] = readdirSync(content)
  .filter((m) => existsSync(join(content, m, 'questions.yaml')))
  .flatMap((m) => (parse(readFileSync(join(content, m, 'questions.yaml'), 'utf8')) as { questions: Stem[] }).questions)
  .map((q) => ({ id: q.id, stem: q.stem }));

describe('near-duplicate search over the real question banks', () => {
  it.each([0.3, 0.45, 0.6])(
    'finds exactly the pairs that comparing every pair finds, at similarity %s',
    (threshold) => {
      expect(realStems.length).toBeGreaterThan(100);
      const found = findNearDuplicates(realStems, threshold).map(
        (d) => `${d.a.id}~${d.b.id} ${d.similarity.toFixed(6)}`,
      );
      const expected = everyPair(realStems, threshold);
      expect(expected.length).toBeGreaterThan(0);
      expect(found).toEqual(expected);
    },
  );

  it('finds a stem repeated word for word, and a stem with no Chinese is like nothing', () => {
    const items = [
      { id: 'a', stem: '选举委员会由谁推选产生？' },
      { id: 'b', stem: '选举委员会由谁推选产生？' },
      { id: 'c', stem: '1/2' },
      { id: 'd', stem: '3/4' },
    ];
    expect(findNearDuplicates(items).map((d) => [d.a.id, d.b.id, d.similarity])).toEqual([['a', 'b', 1]]);
  });
});
