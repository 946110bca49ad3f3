/**
 * Ours against another site built in the same run (the floor, Starlight): the ratio, whether it
 * meets an upper goal, and for a miss, how much smaller ours would have to be.
 */
import type { Target } from './targets.ts';
import { round } from './units.ts';

/** ours / other, to 0.01; undefined when either is unknown or other is 0. */
export function ratio(ours: number | undefined, other: number | undefined): number | undefined {
  if (ours === undefined || other === undefined || other === 0) return undefined;
  return round(ours / other);
}

/** "needs −42%": how much smaller ours must be for `measured` to reach `goal`; undefined when it does. */
export function shortfall(measured: number, goal: number): string | undefined {
  if (measured <= goal) return undefined;
  return `needs −${Math.ceil((1 - goal / measured) * 100)}%`;
}

export interface RatioGoal {
  name: string;
  /** The figures compared, in one unit. */
  ours: number;
  other: number;
  /** How to print a figure, e.g. (x) => `${x} s`. */
  unit: (x: number) => string;
  /** ours / other must be at most this. */
  goal: number;
  /** How the ratio is written: ×1.15 (over the floor) or 0.6× (a fraction of Starlight). */
  style: 'times' | 'fraction';
  /** Added to the measured text, e.g. the CPU-time ratio beside a wall-time one. */
  note?: string;
}

export const formatRatio = (r: number | undefined, style: RatioGoal['style']) =>
  r === undefined ? '–' : style === 'times' ? `×${r}` : `${r}×`;

/** The target row for a ratio with an upper goal. */
export function ratioTarget(g: RatioGoal): Target {
  const r = ratio(g.ours, g.other);
  const measured = `${formatRatio(r, g.style)} (${g.unit(g.ours)} vs ${g.unit(g.other)})${g.note ? `; ${g.note}` : ''}`;
  const met = r !== undefined && r <= g.goal;
  return {
    name: g.name,
    goal: `≤ ${formatRatio(g.goal, g.style)}`,
    measured,
    met,
    missedBy: r === undefined || met ? undefined : shortfall(r, g.goal),
  };
}
