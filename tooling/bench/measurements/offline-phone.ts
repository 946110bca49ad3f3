/** Offline on a village phone (issue 18): the task's modules and the whole site, from opening the link. */
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { offlineOnPhone as measure, type OfflineOnPhone, type OfflineRun } from '../offline-phone.ts';
import { targetsTable } from '../targets.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const shown = (s: number | null) => (s === null ? '—' : `${s} s`);
const saved = (run: OfflineRun) => `${run.savedFiles} files, ${mb(run.savedBytes)}`;

/**
 * Seconds that `bytes` need at the profile's bandwidth, and a sentence for each moment measured
 * sooner: the throttle then did not hold for the worker, and the figure is not a phone's.
 */
export function tooFastForTheLine(r: OfflineOnPhone): string[] {
  const floor = (bytes: number) => (bytes * 8) / (r.profile.downKbps * 1000);
  const checks: [string, number | null, number][] = [
    ['the whole site', r.whole.siteSeconds, r.bytes],
    ['the task', r.whole.taskSeconds, r.taskBytes],
    ['the task (只保存本任务的模块)', r.metered.taskSeconds, r.taskBytes],
  ];
  return checks
    .filter(([, seconds, bytes]) => seconds !== null && seconds < floor(bytes))
    .map(
      ([what, seconds, bytes]) =>
        `Not a phone's figure: ${what} was saved in ${seconds} s, but ${mb(bytes)} need ${floor(bytes).toFixed(1)} s at ${r.profile.downKbps / 1000} Mbps; the throttle did not hold for the worker in this run.`,
    );
}

export function offlineOnPhoneMarkdown(r: OfflineOnPhone): string {
  const p = r.profile;
  const warnings = tooFastForTheLine(r);
  return section(
    `Offline on a phone (CPU ×${p.cpuSlowdown}, ${p.downKbps / 1000} Mbps, ${p.rttMs} ms RTT, the worker throttled too)`,
    `${targetsTable(r.targets)}\n\n${table(
      ['run', 'task ready', 'whole site ready', 'saved after 10 s', 'saved in the end'],
      [
        [
          'whole site',
          shown(r.whole.taskSeconds),
          shown(r.whole.siteSeconds),
          `${r.whole.savedAt10s} of ${r.files}`,
          saved(r.whole),
        ],
        [
          '只保存本任务的模块',
          shown(r.metered.taskSeconds),
          shown(r.metered.siteSeconds),
          `${r.metered.savedAt10s} of ${r.files}`,
          saved(r.metered),
        ],
      ],
    )}\n\nThe site: ${r.files} files, ${mb(r.bytes)}; the task (2 modules, their pages, questions and what they load): ${r.taskFiles} files, ${mb(r.taskBytes)}. Workers throttled: ${r.workers.throttled} of ${r.workers.started}.${warnings.map((w) => `\n\n**${w}**`).join('')}`,
  );
}

export const offlineOnPhone: Measurement = {
  name: 'offline on a phone',
  async run({ real }) {
    console.log('[bench] offline on an emulated phone in Chromium …');
    const result = await measure(real.dist);
    return { report: { offlineOnPhone: result }, markdown: offlineOnPhoneMarkdown(result), targets: result.targets };
  },
};
