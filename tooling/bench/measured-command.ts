/**
 * Runs a command and measures it: wall time, CPU time and peak memory. Memory is sampled from
 * /proc every 50 ms as the sum of the resident sizes of the command's whole process tree (npx,
 * astro and its workers, pagefind); GNU time (Debian package `time`), when installed, adds the
 * kernel's exact peak of the largest single process and the CPU time. With `phases`, the tree's
 * CPU time is sampled too and charged to the build's phases as its log goes by (build-phases.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PhaseClock, type Phase } from './build-phases.ts';
import { descendants, parseGnuTime, parseStat, TICKS_PER_SECOND, type ProcStat } from './proc.ts';

export interface Measured {
  ok: boolean;
  output: string;
  /** Wall-clock milliseconds. */
  wallMs: number;
  /** User + system CPU milliseconds of the whole tree (GNU time), if known. */
  cpuMs?: number;
  /** Peak of the summed resident memory of the process tree, bytes (sampled). */
  peakTreeBytes: number;
  /** Peak resident memory of the largest single process, bytes (kernel, via GNU time; else sampled). */
  peakProcessBytes: number;
  /** CPU seconds by phase of an astro build (sampled), when asked for. */
  phases?: Partial<Record<Phase, number>>;
}

const GNU_TIME = '/usr/bin/time';
const PAGE = 4096;

function snapshot(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) out.push(stat);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; phases?: boolean },
): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'hj-measure-'));
  const timeFile = join(scratch, 'time.txt');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let cpuS = 0;
  const clock = options.phases ? new PhaseClock() : undefined;
  // Each stream keeps its own unfinished line, and decodes characters split between chunks whole.
  const reader = (stream: NodeJS.ReadableStream) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output += chunk;
      if (!clock) return;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) clock.line(line, cpuS);
    });
  };
  reader(child.stdout);
  reader(child.stderr);

  let peakTree = 0;
  let peakProcess = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = descendants(child.pid, snapshot());
    // Waited-for children's time moves into their parent's: the sum only grows.
    cpuS = Math.max(cpuS, tree.reduce((sum, s) => sum + s.cpuTicks, 0) / TICKS_PER_SECOND);
    clock?.charge(cpuS);
    const sizes = tree.map((s) => s.rssPages * PAGE);
    peakTree = Math.max(
      peakTree,
      sizes.reduce((a, b) => a + b, 0),
    );
    peakProcess = Math.max(peakProcess, ...sizes, 0);
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const wallMs = performance.now() - started;

  const timed = useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : undefined;
  rmSync(scratch, { recursive: true, force: true });
  return {
    ok: code === 0,
    output,
    wallMs,
    cpuMs: timed ? (timed.user + timed.system) * 1000 : undefined,
    peakTreeBytes: peakTree,
    peakProcessBytes: timed ? Math.max(timed.maxRssKiB * 1024, peakProcess) : peakProcess,
    phases: clock?.result(),
  };
}
