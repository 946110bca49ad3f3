/**
 * The trainer's collected receipts, kept in this browser so pasting more later adds to the table.
 *
 * Promises, as for the progress store: never throws and never overwrites data it could not read;
 * every change is read-modify-write (it re-reads what is stored, applies itself and writes), so
 * pasting in two tabs adds both; a change that could not be saved (quota full) is kept in memory
 * and saved with the next one. What is kept is the receipt codes themselves (each carries its own version) and the task link's
 * payload, under a key of its own, never `hj-progress`.
 */
/** The part of window.localStorage used here; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const RESULTS_KEY = 'hj-trainer-results';
/** Version 2 adds the 名单 and the trainer's pairings; version 1 data reads as having none. */
export const RESULTS_VERSION = 2;
/** Far above a county's round (a few hundred trainees, a few receipts each). */
export const MAX_CODES = 20_000;

export interface ResultsData {
  /** The task link's payload, when the trainer gave it. */
  task: string | null;
  /** Receipt codes in the order they were added, without exact repeats. */
  codes: string[];
  /** 名单 as the trainer pasted it, per task id (read by lib/task/roster.ts). */
  rosters: Record<string, string>;
  /** Receipts the trainer paired with a roster line by hand: receipt row key → roster key. */
  pairs: Record<string, string>;
}

/** ok; blocked — no storage; unreadable — damaged or from a newer site, left alone; full — last save failed. */
export type ResultsStatus = 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full';

export const emptyResults = (): ResultsData => ({ task: null, codes: [], rosters: {}, pairs: {} });

const isTextRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

function decode(raw: unknown): ResultsData | 'newer' | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as { version?: unknown; task?: unknown; codes?: unknown; rosters?: unknown; pairs?: unknown };
  if (typeof r.version !== 'number') return null;
  if (r.version > RESULTS_VERSION) return 'newer';
  if (r.version !== 1 && r.version !== 2) return null;
  if (r.task !== null && typeof r.task !== 'string') return null;
  if (!Array.isArray(r.codes) || !r.codes.every((c) => typeof c === 'string')) return null;
  if (r.version === 1) return { ...emptyResults(), task: r.task, codes: r.codes as string[] };
  if (!isTextRecord(r.rosters) || !isTextRecord(r.pairs)) return null;
  return { task: r.task, codes: r.codes as string[], rosters: r.rosters, pairs: r.pairs };
}

/** Adds codes not already kept; returns the new data and how many were new. */
export function addCodes(data: ResultsData, codes: readonly string[]): { data: ResultsData; added: number } {
  const seen = new Set(data.codes);
  const fresh = codes.filter((c) => !seen.has(c) && (seen.add(c), true));
  const all = [...data.codes, ...fresh];
  return { data: { ...data, codes: all.slice(Math.max(0, all.length - MAX_CODES)) }, added: fresh.length };
}

type Change = (data: ResultsData) => ResultsData;

export interface ResultsStore {
  read(): ResultsData;
  status(): ResultsStatus;
  /** Applies a pure change to what is stored now and saves it if it safely can. */
  update(change: Change): ResultsStatus;
  /** Replaces what is stored even when it was unreadable: only on the trainer's explicit choice. */
  overwrite(data: ResultsData): ResultsStatus;
}

export function openResultsStore(getStorage: () => StorageLike | null): ResultsStore {
  let storage: StorageLike | null = null;
  try {
    storage = getStorage();
  } catch {
    // Access itself throws in some browsers (blocked cookies): work in memory.
  }
  let state: ResultsStatus = storage ? 'ok' : 'blocked';
  let raw: string | null | undefined;
  let saved = emptyResults();
  let unsaved: Change[] = [];
  let view = saved;

  /** Re-reads storage so a change applies to what another tab saved in the meantime. */
  const load = (): void => {
    if (!storage) return;
    let now: string | null;
    try {
      now = storage.getItem(RESULTS_KEY);
    } catch {
      storage = null;
      state = 'blocked';
      return;
    }
    if (now === raw) return;
    raw = now;
    let decoded: ResultsData | 'newer' | null;
    try {
      decoded = now === null ? emptyResults() : decode(JSON.parse(now));
    } catch {
      decoded = null;
    }
    if (decoded === 'newer') state = 'newer';
    else if (decoded === null) state = 'unreadable';
    else {
      saved = decoded;
      if (state !== 'full') state = 'ok';
    }
    view = unsaved.reduce((d, change) => change(d), saved);
  };
  load();

  const save = (): ResultsStatus => {
    if (!storage || state === 'unreadable' || state === 'newer') return state;
    const text = JSON.stringify({ version: RESULTS_VERSION, ...view });
    try {
      storage.setItem(RESULTS_KEY, text);
      raw = text;
      saved = view;
      unsaved = [];
      state = 'ok';
    } catch {
      state = 'full';
    }
    return state;
  };

  return {
    read: () => (load(), view),
    status: () => (load(), state),
    update(change) {
      load();
      unsaved.push(change);
      view = change(view);
      return save();
    },
    overwrite(next) {
      if (!storage) {
        view = next;
        return state;
      }
      state = 'ok';
      unsaved = [];
      view = next;
      return save();
    },
  };
}

export const RESULTS_NOTICES: Record<Exclude<ResultsStatus, 'ok'>, string> = {
  blocked: '此浏览器不能保存数据（如无痕模式）：本页照常汇总，但关闭页面后需要重新粘贴回执。',
  unreadable: '本机保存的成绩汇总已损坏、无法读取。为免覆盖，新粘贴的回执暂不保存；可先导出，再选择“清空”重新开始。',
  newer:
    '本机保存的成绩汇总来自新版网站，当前页面无法读取。为免覆盖，新粘贴的回执暂不保存。请刷新页面；仍无法读取时，可先导出，再选择“清空”重新开始。',
  full: '浏览器存储已满，最新粘贴的回执未能保存。请先导出表格。',
};
