/**
 * Where an `astro build` spends its CPU time, by the stage its log says it is in: the bench reads
 * the build's output line by line while it samples the process tree's CPU time, and charges each
 * sample to the current phase. Astro prints a page's line when the page is written, so the CPU
 * before a page line is that page's. Pure: the line → phase rules and the bookkeeping.
 */

export const PHASES = [
  'startup',
  'content sync',
  'bundle (Vite)',
  'first page (loads the content)',
  'lesson pages',
  'print pages',
  'other pages',
  'after the pages (integrations)',
] as const;
export type Phase = (typeof PHASES)[number];

/** A page line of Astro's build log: "12:00:01   ├─ /modules/a/b/index.html (+26ms)". */
const PAGE_LINE = /[├└]─ (\/\S*)/;

/** The phase a written page belongs to, by its path in ours, the floor ("/m/01-l/") or Starlight. */
export function pagePhase(path: string): Phase {
  if (path.startsWith('/print/')) return 'print pages';
  if (/^\/[^/]+\/\d\d-[^/]+\/index\.html$/.test(path)) return 'lesson pages';
  const page = /^\/modules\/[^/]+\/([^/]+)\/index\.html$/.exec(path);
  return page && !['quiz', 'checklist'].includes(page[1]!) ? 'lesson pages' : 'other pages';
}

/** Between pages: the CPU waits for the next page's line to say whose it was. */
const NEXT_PAGE = 'next page';

/** Follows a build's log and charges CPU time to phases. */
export class PhaseClock {
  readonly seconds = new Map<Phase, number>();
  private phase: Phase | typeof NEXT_PAGE = 'startup';
  private pagesSeen = 0;
  private charged = 0;

  /** Charges the CPU used since the last charge (a running total, in seconds) to the current phase. */
  charge(cpuS: number) {
    if (cpuS <= this.charged || this.phase === NEXT_PAGE) return;
    this.seconds.set(this.phase, (this.seconds.get(this.phase) ?? 0) + cpuS - this.charged);
    this.charged = cpuS;
  }

  /** Reads one line of the log, at a moment when the tree has used `cpuS` in all. */
  line(text: string, cpuS: number) {
    const page = PAGE_LINE.exec(text);
    if (page) {
      // The page is done: what was used since the previous one was its.
      this.phase = this.pagesSeen++ === 0 ? 'first page (loads the content)' : pagePhase(page[1]!);
      this.charge(cpuS);
      this.phase = NEXT_PAGE;
      return;
    }
    const next = this.after(text);
    if (next && next !== this.phase) {
      if (this.phase === NEXT_PAGE) this.phase = 'after the pages (integrations)';
      this.charge(cpuS);
      this.phase = next;
    }
  }

  private after(text: string): Phase | typeof NEXT_PAGE | undefined {
    if (/\[content\] Syncing content/.test(text)) return 'content sync';
    if (/Building static entrypoints/.test(text)) return 'bundle (Vite)';
    if (/generating static routes/.test(text)) return NEXT_PAGE;
    if (this.pagesSeen > 0 && /✓ Completed in/.test(text)) return 'after the pages (integrations)';
    return undefined;
  }

  /** The phases with their CPU seconds, in build order, to 0.1 s. */
  result(): Partial<Record<Phase, number>> {
    return Object.fromEntries(
      PHASES.filter((p) => this.seconds.has(p)).map((p) => [p, Math.round(this.seconds.get(p)! * 10) / 10]),
    );
  }
}
