import { describe, expect, it } from 'vitest';
import { PhaseClock, pagePhase } from '../../tooling/bench/build-phases.ts';
import { cpuByPhase, phaseRows } from '../../tooling/bench/measurements/build-phases.ts';

describe('the phase of a written page', () => {
  it('knows lessons in our site and Starlight (/modules/m/l/) and in the floor (/m/01-l/)', () => {
    expect(pagePhase('/modules/overview-1/work-plan-2/index.html')).toBe('lesson pages');
    expect(pagePhase('/overview-1/02-work-plan-2/index.html')).toBe('lesson pages');
  });

  it("keeps a module's quiz and checklist, the print handbook and its titles, and the rest apart", () => {
    expect(pagePhase('/modules/overview-1/quiz/index.html')).toBe('other pages');
    expect(pagePhase('/modules/overview-1/checklist/index.html')).toBe('other pages');
    expect(pagePhase('/print/overview-1/index.html')).toBe('print pages');
    expect(pagePhase('/print/titles/overview-1.css')).toBe('print pages');
    expect(pagePhase('/modules/overview-1/index.html')).toBe('other pages');
    expect(pagePhase('/search/suggest.json')).toBe('other pages');
  });
});

describe('charging CPU time to phases as the log goes by', () => {
  const log = (lines: [string, number][], end: number) => {
    const clock = new PhaseClock();
    for (const [text, cpu] of lines) clock.line(text, cpu);
    clock.charge(end);
    return clock.result();
  };

  it("charges what a page used before its line to that page, and the first page's to loading the content", () => {
    expect(
      log(
        [
          ['10:00:01 [content] Syncing content', 2],
          ['10:00:03 [content] Synced content', 3],
          ['10:00:04 [build] Building static entrypoints...', 3.5],
          ['10:00:20 [build] Rearranging server assets...', 12],
          [' generating static routes ', 12.5],
          ['10:00:22   ├─ /404.html (+643ms)', 15],
          ['10:00:23   ├─ /modules/a/b/index.html (+26ms)', 15.5],
          ['10:00:23   ├─ /modules/a/c/index.html (+20ms)', 16],
          ['10:00:24   ├─ /print/a/index.html (+300ms)', 17.2],
          ['10:00:24   └─ /index.html (+10ms)', 17.3],
          ['10:00:25 ✓ Completed in 3.1s.', 17.4],
        ],
        19,
      ),
    ).toEqual({
      startup: 2,
      'content sync': 1.5,
      'bundle (Vite)': 9,
      'first page (loads the content)': 2.5,
      'lesson pages': 1,
      'print pages': 1.2,
      'other pages': 0.1,
      'after the pages (integrations)': 1.7,
    });
  });

  it("does not mistake the build-info step's ✓ before the pages for their end", () => {
    expect(
      log(
        [
          ['[build] ✓ Completed in 4.97s.', 1],
          ['[build] Building static entrypoints...', 1],
        ],
        3,
      ),
    ).toEqual({ startup: 1, 'bundle (Vite)': 2 });
  });

  it('never charges a sample that went backwards', () => {
    const clock = new PhaseClock();
    clock.charge(5);
    clock.charge(4);
    expect(clock.result()).toEqual({ startup: 5 });
  });
});

describe('the phase table', () => {
  const run = (phases: Record<string, number>, pagefindCpu?: number) => ({
    astro: { wallS: 1, cpuS: 1, peakMB: 1, peakProcessMB: 1, phases },
    pagefind: pagefindCpu === undefined ? undefined : { wallS: 1, cpuS: pagefindCpu, peakMB: 1, peakProcessMB: 1 },
    total: { wallS: 1, peakMB: 1, peakProcessMB: 1 },
    loadAverageBefore: 0,
  });

  it("adds Pagefind's own step, and prints ours minus the floor for every phase either has", () => {
    const ours = cpuByPhase(run({ 'bundle (Vite)': 17.9, 'print pages': 3.8 }, 9));
    const floor = cpuByPhase(run({ 'bundle (Vite)': 9.3 }, 8.5));
    const starlight = cpuByPhase(run({ 'bundle (Vite)': 12, 'after the pages (integrations)': 6 }));
    expect(phaseRows([ours, floor, starlight])).toEqual([
      ['bundle (Vite)', 17.9, 9.3, 12, 8.6],
      ['print pages', 3.8, undefined, undefined, 3.8],
      ['after the pages (integrations)', undefined, undefined, 6, 0],
      ['search index (Pagefind, its own step)', 9, 8.5, undefined, 0.5],
    ]);
  });
});
