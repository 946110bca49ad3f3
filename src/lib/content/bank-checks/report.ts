/**
 * The bank checks as the build log shows them: one compact table of the targets per bank and in
 * all, and one of the guessing strategies. Plain text, fixed-width columns (bank ids are ASCII).
 */
import type { BankMetrics, Share } from './metrics';
import { guessingScores, STRATEGIES, type Strategy } from './guessing';
import type { BankQuestion } from './metrics';
import { percent, type BankCheck, type BankTargets } from './targets';

const cell = (s: Share) => (s.of === 0 ? '—' : `${percent(s.ids.length, s.of)}% ${s.ids.length}/${s.of}`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Marks a figure that misses its target with ✗. */
const mark = (text: string, ok: boolean) => (ok ? text : `${text} ✗`);

function metricsRow(name: string, m: BankMetrics, t: BankTargets, isAll: boolean): string[] {
  const ok = (s: Share, test: (p: number) => boolean) => s.of === 0 || test((s.ids.length * 100) / s.of);
  return [
    name,
    mark(String(m.live), m.live >= (isAll ? t.minLiveInAll : t.minLivePerBank)),
    mark(cell(m.longestKey), ok(m.longestKey, (p) => p <= t.maxLongestKey)),
    mark(cell(m.twoKeys), ok(m.twoKeys, (p) => p >= t.minTwoKeys)),
    mark(cell(m.allButLast), ok(m.allButLast, (p) => p <= t.maxAllButLast)),
    mark(cell(m.judgeTrue), ok(m.judgeTrue, (p) => p >= t.judgeTrue[0] && p <= t.judgeTrue[1])),
    mark(String(m.absolute.length), m.absolute.length === 0),
    mark(String(m.positions.length), m.positions.length === 0),
    mark(cell(m.cases), ok(m.cases, (p) => p >= t.minCases)),
    mark(
      [m.difficulty.easy, m.difficulty.medium, m.difficulty.hard].map((s) => percent(s.ids.length, s.of)).join('/'),
      Object.values(m.difficulty).every((s) => ok(s, (p) => p >= t.minPerDifficulty)),
    ),
  ];
}

/** The targets table, with the near-duplicate count under it. */
export function formatBankTable(check: BankCheck, targets: BankTargets): string {
  const header = ['bank', 'live', 'longest key', 'two keys', 'all but last', 'judge true', 'absolute', 'positions', 'cases', 'easy/med/hard %'];
  const rows = [
    ...check.banks.map((b) => metricsRow(b.module, b.metrics, targets, false)),
    metricsRow('all', check.all, targets, true),
  ];
  const goal = [
    `targets: live ≥ ${targets.minLivePerBank} (≥ ${targets.minLiveInAll} in all)`,
    `longest key ≤ ${targets.maxLongestKey}%`,
    `two keys ≥ ${targets.minTwoKeys}%`,
    `all but last ≤ ${targets.maxAllButLast}%`,
    `judge true ${targets.judgeTrue[0]}–${targets.judgeTrue[1]}%`,
    'absolute words without lint 0',
    'options named by their place 0',
    `cases ≥ ${targets.minCases}%`,
    `each difficulty ≥ ${targets.minPerDifficulty}%`,
  ].join(', ');
  const pairs = check.nearDuplicates.length;
  return [
    'Question banks (issue 10)',
    table(header, rows),
    goal,
    `near-duplicate stems (Jaccard ≥ ${targets.nearDuplicate}) across all banks: ${pairs} pair${pairs === 1 ? '' : 's'}${pairs === 0 ? '' : ' ✗'}`,
  ].join('\n');
}

/** Expected score with each strategy against a blind guess, per bank and in all; not enforced. */
export function formatGuessingTable(banks: readonly { module: string; questions: readonly BankQuestion[] }[]): string {
  const strategies = Object.keys(STRATEGIES) as Strategy[];
  const row = (name: string, questions: readonly BankQuestion[]) => {
    const scores = guessingScores(questions);
    return [
      name,
      ...strategies.map((s) => {
        const { expected, chance, of } = scores[s];
        return of === 0 ? '—' : `${percent(expected, of)}/${percent(chance, of)}`;
      }),
    ];
  };
  const rows = [...banks.map((b) => row(b.module, b.questions)), row('all', banks.flatMap((b) => b.questions))];
  return [
    'Guessing strategies (not enforced): expected % right / % by a blind guess',
    table(['bank', ...strategies], rows),
    strategies.map((s) => `${s}: ${STRATEGIES[s]}`).join('; '),
  ].join('\n');
}
