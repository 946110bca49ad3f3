/**
 * Adapter between the progress record and the task page (this helper's own file). It reads the
 * fields the task page needs from either record version: version 2 (branch `progress`) adds
 * `profile`, `lessons`, `bestAt` and `last.wrong`; version 1 has only tests. Until version 2 is
 * on main, version 1 drops a profile when it re-reads the record, so the profile is also kept
 * under its own small key; once version 2 is merged, `withProfile` can become the store's own
 * `setProfile` and the fallback key can go.
 */
import type { ProgressData } from '../../lib/progress/data';
import type { RecordView, TestRecordView } from '../../lib/paths/task-status';

export interface Profile {
  name: string;
  unit: string;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : undefined);

export function profileOf(data: ProgressData | null): Profile | null {
  const p = (data as Loose | null)?.profile;
  return isObject(p) && typeof p.name === 'string' && typeof p.unit === 'string'
    ? { name: p.name, unit: p.unit }
    : null;
}

export const withProfile = (profile: Profile) => (data: ProgressData) => ({ ...data, profile }) as ProgressData;

export function recordView(data: ProgressData | null): RecordView {
  const loose = (data ?? {}) as Loose;
  const read = new Set(isObject(loose.lessons) ? Object.keys(loose.lessons) : []);
  const tests = new Map<string, TestRecordView>();
  if (isObject(loose.modules)) {
    for (const [id, m] of Object.entries(loose.modules)) {
      if (!isObject(m) || typeof m.best !== 'number') continue;
      const last = isObject(m.last) ? m.last : {};
      const wrong = Array.isArray(last.wrong) ? last.wrong.filter((w): w is string => typeof w === 'string') : [];
      tests.set(id, { best: m.best, bestAt: time(m.bestAt) ?? time(m.passedAt) ?? time(last.at), wrong });
    }
  }
  return { read, tests };
}

const PROFILE_KEY = 'hj-profile';

/** The profile kept under its own key (version 1 of the record cannot hold one). Never throws. */
export function fallbackProfile(): Profile | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(PROFILE_KEY) ?? 'null');
    return isObject(value) && value.version === 1 ? profileOf({ profile: value } as unknown as ProgressData) : null;
  } catch {
    return null;
  }
}

export function saveFallbackProfile(profile: Profile): void {
  try {
    window.localStorage.setItem(PROFILE_KEY, JSON.stringify({ version: 1, ...profile }));
  } catch {
    // Storage blocked or full: the progress store's own notice already says so.
  }
}
