import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/election/compute';
import { verdictLine } from '../../src/lib/election/explain';
import { countReElections, describeReResult } from '../../src/lib/election/re-count';
import type { ElectionInput } from '../../src/lib/election/types';

/** docs/election-calculator.md: each json block is a worked example; its verdicts are written under it. */
const doc = readFileSync('docs/election-calculator.md', 'utf8');
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```([\s\S]*?)(?=\n## |$)/g)].map(([, json, after]) => ({
  example: JSON.parse(json!),
  written: after!,
}));

const claim = (provinces: string[], text: string) => `- **${provinces.join('、')}**：${text}`;

describe('the worked examples in docs/election-calculator.md', () => {
  it('has the over-full box, ballots over issued and a re-election with Chinese names tied at one third', () => {
    expect(examples).toHaveLength(3);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))(
    'example %i: every verdict the page gives, per province, is written in the doc',
    (_, { example, written }) => {
      const input: ElectionInput = {
        kind: 'village',
        relatives: [],
        ...example,
        seats: { director: 0, deputy: 0, member: 0, woman: 0, ...example.seats },
      };
      const result = calculate(input, {});
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      for (const s of result.scenarios) expect(written).toContain(claim(s.provinces, verdictLine(input, s.outcome)));
      for (const re of example.reElections ?? [])
        for (const s of result.scenarios)
          for (const g of countReElections(input, s, { cast: re.cast, votes: { member: re.votes } }, null)) {
            const provinces = g.rule ? g.rule.who.split('、') : s.provinces;
            expect(written).toContain(claim(provinces, g.voidReason ?? g.results.map(describeReResult).join('；')));
          }
    },
  );
});
