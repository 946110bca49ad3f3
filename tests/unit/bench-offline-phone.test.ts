import { describe, expect, it } from 'vitest';
import { offlineOnPhoneMarkdown, tooFastForTheLine } from '../../tooling/bench/measurements/offline-phone';
import type { OfflineOnPhone } from '../../tooling/bench/offline-phone';

const MB = 1024 * 1024;
const run = (taskSeconds: number | null, siteSeconds: number | null) => ({
  taskSeconds,
  siteSeconds,
  savedAt10s: 0,
  savedFiles: 0,
  savedBytes: 0,
});
const measured = (whole: [number, number], metered: number): OfflineOnPhone =>
  ({
    profile: { cpuSlowdown: 4, downKbps: 1600, rttMs: 150 },
    files: 320,
    bytes: 4.11 * MB,
    taskFiles: 50,
    taskBytes: 0.44 * MB,
    whole: run(...whole),
    metered: run(metered, null),
    workers: { started: 2, throttled: 2 },
    targets: [],
  }) as unknown as OfflineOnPhone;

describe('the offline-on-a-phone report', () => {
  it('says a moment is not a phone’s when the bytes could not have come through 1.6 Mbps so fast', () => {
    // 4.11 MB need 21.5 s at 1.6 Mbps; the site "saved" in 5.1 s means the worker was not throttled.
    const warnings = tooFastForTheLine(measured([3.2, 5.1], 5.8));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the whole site was saved in 5.1 s, but 4.11 MB need 21.5 s at 1.6 Mbps');
    expect(offlineOnPhoneMarkdown(measured([3.2, 5.1], 5.8))).toContain('Not a phone');
  });

  it('says nothing more when every moment is slower than the line allows', () => {
    expect(tooFastForTheLine(measured([8.8, 38], 9.3))).toEqual([]);
    expect(offlineOnPhoneMarkdown(measured([8.8, 38], 9.3))).not.toContain('Not a phone');
  });
});
