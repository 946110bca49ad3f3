/** Offline on a village phone (issue 18): the task's modules and the whole site, from opening the link. */
import { section, table } from '../markdown.ts';
import type { Measurement } from '../measurement-types.ts';
import { offlineOnPhone as measure, type OfflineOnPhone } from '../offline-phone.ts';
import { targetsTable } from '../targets.ts';

export function offlineOnPhoneMarkdown(r: OfflineOnPhone): string {
  const p = r.profile;
  return section(
    `Offline on a phone (CPU ×${p.cpuSlowdown}, ${p.downKbps / 1000} Mbps, ${p.rttMs} ms RTT, the worker throttled too)`,
    `${targetsTable(r.targets)}\n\n${table(
      ['files precached', 'task pages (lessons, quizzes)', 'saved after 10 s'],
      [[r.files, r.taskFiles, `${r.savedAt10s} of ${r.files}`]],
    )}`,
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
