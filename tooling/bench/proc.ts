/**
 * Reading Linux /proc for the benchmark's memory figures: a build is several processes (npx,
 * astro, workers, pagefind), so its peak memory is the peak of their resident sizes added up.
 * Pure parsing here; tooling/bench/measured-command.ts does the sampling.
 */

export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size in pages. */
  rssPages: number;
  /** CPU time in clock ticks: its own (user + system) and its waited-for children's. */
  cpuTicks: number;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
export const TICKS_PER_SECOND = 100;

/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself contain
 * spaces and parentheses, so fields are counted from the last ")".
 */
export function parseStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  const open = text.indexOf('(');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // Fields from 3 (state) on; ppid is field 4, utime to cstime fields 14–17, rss field 24.
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  const cpuTicks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(rest[i]), 0);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { pid, ppid, rssPages, cpuTicks: Number.isFinite(cpuTicks) ? cpuTicks : 0 };
}

/** `root` and every process descended from it, from one snapshot of /proc. */
export function descendants(root: number, stats: readonly ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out: ProcStat[] = [];
  const self = stats.find((s) => s.pid === root);
  const queue = self ? [self] : [];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const s = queue.shift()!;
    if (seen.has(s.pid)) continue;
    seen.add(s.pid);
    out.push(s);
    queue.push(...(children.get(s.pid) ?? []));
  }
  return out;
}

/** Parses the output of GNU time with -f '%e %U %S %M': wall s, user s, system s, max RSS KiB. */
export function parseGnuTime(
  text: string,
): { wall: number; user: number; system: number; maxRssKiB: number } | undefined {
  const last = text.trim().split('\n').at(-1) ?? '';
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last.trim());
  if (!m) return undefined;
  return { wall: Number(m[1]), user: Number(m[2]), system: Number(m[3]), maxRssKiB: Number(m[4]) };
}
