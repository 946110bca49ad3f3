import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/election/compute';
import { readForm, emptyForm, type FormState } from '../../src/lib/election/form';
import { POST_LABELS } from '../../src/lib/election/types';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/election-calc/village-case.json', import.meta.url), 'utf8'),
);

function form(): FormState {
  return {
    ...emptyForm(),
    registered: fixture.registered,
    voters: fixture.voters,
    invalid: fixture.invalid,
    seats: fixture.seats,
    boxes: fixture.boxes.map((b: object, i: number) => ({ id: `b${i}`, ...b })),
    candidates: fixture.candidates.map((c: object, i: number) => ({ id: `c${i}`, ...c })),
  };
}

describe('the worked village case the browser test also enters', () => {
  const { input, problems } = readForm(form());

  it('reads the typed form without problems', () => {
    expect(problems).toEqual([]);
  });

  it('unset province: two outcomes, differing only in the re-election candidates, the carrying-down one for 海南、河北', () => {
    const result = calculate(input, {});
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenarios).toHaveLength(2);
    for (const s of result.scenarios) {
      expect(s.outcome.threshold).toBe(fixture.expected.threshold);
      const elected = Object.fromEntries(
        s.outcome.posts.map((p) => [POST_LABELS[p.post], p.elected.map((x) => x.name)]),
      );
      expect(elected).toEqual(fixture.expected.elected);
      expect(s.outcome.reElection.map((r) => [POST_LABELS[r.post], r.seats])).toEqual(
        Object.entries(fixture.expected.reElectionSeats),
      );
    }
    const [plain, carry] = Object.values(fixture.expected.reElectionCandidates) as string[][];
    const carrying = result.scenarios.find((s) => s.outcome.settings.votesAddedDown)!;
    const separate = result.scenarios.find((s) => !s.outcome.settings.votesAddedDown)!;
    expect(carrying.outcome.reElection[0]!.candidates.map((c) => c.name)).toEqual(carry);
    expect(carrying.provinces).toEqual(fixture.expected.provincesCarryingDown);
    expect(separate.outcome.reElection[0]!.candidates.map((c) => c.name)).toEqual(plain);
  });
});
