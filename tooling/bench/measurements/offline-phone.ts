/** Offline on a village phone (issue 18): the task's modules and the whole site, from opening the link. */
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { offlineOnPhone as measure, type OfflineOnPhone, type OfflineRun } from '../offline-phone.ts';
import { targetsTable } from '../targets.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const shown = (s: number | null) => (s === null ? '—' : `${s} s`);
const saved = (run: OfflineRun) => `${run.savedFiles} files, ${mb(run.savedBytes)}`;

export function offlineOnPhoneMarkdown(r: OfflineOnPhone): string {
  const p = r.profile;
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
    )}\n\nThe site: ${r.files} files, ${mb(r.bytes)}; the task (2 modules, their pages, questions and what they load): ${r.taskFiles} files, ${mb(r.taskBytes)}. Workers throttled: ${r.workers.throttled} of ${r.workers.started}.`,
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
