/**
 * The trainer's collected receipts, kept in this browser so pasting more later adds to the table.
 *
 * Kept by the one record store (storage/record-store.ts), with its promises: never throws and
 * never overwrites data it could not read (damaged, or from a newer site); every change is
 * read-modify-write, so pasting in two tabs adds both; a change that could not be saved (quota
 * full) is kept in memory and saved with the next one; other tabs' pastes and a page back from
 * the back/forward cache are heard through `subscribe`. What is kept is the receipt codes
 * themselves (each carries its own version), the task link's payload, the 名单 and the trainer's
 * pairings, under a key of its own, never `hj-progress`. A version-1 record reads as version 2
 * with no 名单 and no pairings and is written back as version 2 on its first change.
 */
import {
  inBrowser,
  openRecordStore,
  storeNotice,
  type Decoded,
  type StorageLike,
  type StoreStatus,
} from '../storage/record-store.ts';

export const RESULTS_KEY = 'hj-trainer-results';
/** Version 2 adds the 名单 and the trainer's pairings; version 1 data reads as having none. */
export const RESULTS_VERSION = 2;
/** Far above a county's round (a few hundred trainees, a few receipts each). */
export const MAX_CODES = 20_000;

/** As stored: `{"version":2,"task":…,"codes":[…],"rosters":{…},"pairs":{…}}`. */
export interface ResultsData {
  version: typeof RESULTS_VERSION;
  /** The task link's payload, when the trainer gave it. */
  task: string | null;
  /** Receipt codes in the order they were added, without exact repeats. */
  codes: string[];
  /** 名单 as the trainer pasted it, per task id (read by lib/task/roster.ts). */
  rosters: Record<string, string>;
  /** Receipts the trainer paired with a roster line by hand: receipt row key → roster key. */
  pairs: Record<string, string>;
}

export const emptyResults = (): ResultsData => ({
  version: RESULTS_VERSION,
  task: null,
  codes: [],
  rosters: {},
  pairs: {},
});

const isTextRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

function decodeResults(value: unknown): Decoded<ResultsData> {
  const r = value as { version?: unknown; task?: unknown; codes?: unknown; rosters?: unknown; pairs?: unknown } | null;
  if (typeof r?.version === 'number' && r.version > RESULTS_VERSION) return { ok: false, reason: 'newer' };
  const invalid = { ok: false, reason: 'invalid' } as const;
  if ((r?.version !== 1 && r?.version !== 2) || (r.task !== null && typeof r.task !== 'string')) return invalid;
  if (!Array.isArray(r.codes) || !r.codes.every((c) => typeof c === 'string')) return invalid;
  const data = { ...emptyResults(), task: r.task, codes: r.codes as string[] };
  if (r.version === 1) return { ok: true, data };
  if (!isTextRecord(r.rosters) || !isTextRecord(r.pairs)) return invalid;
  return { ok: true, data: { ...data, rosters: r.rosters, pairs: r.pairs } };
}

/** Adds codes not already kept; returns the new data and how many were new. */
export function addCodes(data: ResultsData, codes: readonly string[]): { data: ResultsData; added: number } {
  const seen = new Set(data.codes);
  const fresh = codes.filter((c) => !seen.has(c) && (seen.add(c), true));
  const all = [...data.codes, ...fresh];
  return { data: { ...data, codes: all.slice(Math.max(0, all.length - MAX_CODES)) }, added: fresh.length };
}

/** Opens the receipts on `getStorage` (tests pass a fake, and call `watch`'s argument by hand). */
export const openResultsStore = (
  getStorage: () => StorageLike | null,
  watch?: (changedElsewhere: () => void) => void,
) => openRecordStore(RESULTS_KEY, decodeResults, emptyResults, getStorage, watch);

/** The receipts on window.localStorage, following other tabs and the back/forward cache. */
export const browserResultsStore = () => openResultsStore(() => localStorage, inBrowser(RESULTS_KEY));

/** What 成绩汇总 says when it cannot save (null when it can). */
export const resultsNotice = (status: StoreStatus): string | null =>
  storeNotice(status, {
    record: '成绩汇总',
    changes: '新粘贴的回执和名单',
    wayOut: '可先导出表格，再选择“清空”重新开始。',
  });
