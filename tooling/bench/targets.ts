/** The bench's goals and how a result against one is reported. */
import { table } from './markdown.ts';

/** Targets from the issue, for N = 1,000 (the floor there: 12 s + 8 s, 1.15 GB). */
export const TARGET = {
  buildSeconds: 23,
  peakMB: 1200,
  overFloor: 1.15,
  lessonGrowth: 1.2,
  firstQueryGzip: 100 * 1024,
  /** 1,000 receipts pasted at once on 成绩汇总, parsed and drawn on a desktop. */
  receiptsMs: 1000,
  /** The typical real lesson's first visit, every file (issue 21). */
  lessonFirstVisit: 10 * 1024,
  /** Ours against the same lessons in Starlight, N = 1,000 (issue 21): at most these fractions of it. */
  vsStarlight: { build: 0.6, peakMemory: 0.8, lessonHtml: 0.4 },
};

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
  /** For a miss: by how much, e.g. "needs −42%". */
  missedBy?: string;
}

export const targetsTable = (targets: Target[]) =>
  table(
    ['target', 'goal', 'measured', ''],
    targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'met' : `MISSED${t.missedBy ? ` (${t.missedBy})` : ''}`]),
  );
