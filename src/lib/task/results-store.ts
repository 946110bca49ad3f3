/**
 * The trainer's collected receipts, kept in this browser so pasting more later adds to the table.
 *
 * Promise, as for the progress store: never throws and never overwrites data it could not read.
 * What is kept is the receipt codes themselves (each carries its own version) and the task link's
 * payload, under a key of its own, never `hj-progress`.
 */
/** The part of window.localStorage used here; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const RESULTS_KEY = 'hj-trainer-results';
export const RESULTS_VERSION = 1;
/** Far above a county's round (a few hundred trainees, a few receipts each). */
export const MAX_CODES = 20_000;

export interface ResultsData {
  /** The task link's payload, when the trainer gave it. */
  task: string | null;
  /** Receipt codes in the order they were added, without exact repeats. */
  codes: string[];
}

/** ok; blocked — no storage; unreadable — damaged or from a newer site, left alone; full — last save failed. */
export type ResultsStatus = 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full';

export const emptyResults = (): ResultsData => ({ task: null, codes: [] });

function decode(raw: unknown): ResultsData | 'newer' | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as { version?: unknown; task?: unknown; codes?: unknown };
  if (typeof r.version !== 'number') return null;
  if (r.version > RESULTS_VERSION) return 'newer';
  if (r.version !== 1) return null;
  if (r.task !== null && typeof r.task !== 'string') return null;
  if (!Array.isArray(r.codes) || !r.codes.every((c) => typeof c === 'string')) return null;
  return { task: r.task, codes: r.codes as string[] };
}

/** Adds codes not already kept; returns the new data and how many were new. */
export function addCodes(data: ResultsData, codes: readonly string[]): { data: ResultsData; added: number } {
  const seen = new Set(data.codes);
  const fresh = codes.filter((c) => !seen.has(c) && (seen.add(c), true));
  const all = [...data.codes, ...fresh];
  return { data: { ...data, codes: all.slice(Math.max(0, all.length - MAX_CODES)) }, added: fresh.length };
}

export interface ResultsStore {
  read(): ResultsData;
  status(): ResultsStatus;
  update(change: (data: ResultsData) => ResultsData): ResultsStatus;
  /** Replaces what is stored even when it was unreadable: only on the trainer's explicit choice. */
  overwrite(data: ResultsData): ResultsStatus;
}

export function openResultsStore(getStorage: () => StorageLike | null): ResultsStore {
  let storage: StorageLike | null = null;
  let data = emptyResults();
  let state: ResultsStatus = 'ok';
  try {
    storage = getStorage();
    const raw = storage?.getItem(RESULTS_KEY) ?? null;
    if (!storage) state = 'blocked';
    else if (raw !== null) {
      const decoded = decode(JSON.parse(raw));
      if (decoded === 'newer') state = 'newer';
      else if (decoded === null) state = 'unreadable';
      else data = decoded;
    }
  } catch (error) {
    state = error instanceof SyntaxError ? 'unreadable' : 'blocked';
  }
  const save = () => {
    try {
      storage!.setItem(RESULTS_KEY, JSON.stringify({ version: RESULTS_VERSION, ...data }));
      state = 'ok';
    } catch {
      state = 'full';
    }
    return state;
  };
  return {
    read: () => data,
    status: () => state,
    update(change) {
      data = change(data);
      return storage && (state === 'ok' || state === 'full') ? save() : state;
    },
    overwrite(next) {
      data = next;
      return storage ? save() : state;
    },
  };
}

export const RESULTS_NOTICES: Record<Exclude<ResultsStatus, 'ok'>, string> = {
  blocked: '此浏览器不能保存数据（如无痕模式）：本页照常汇总，但关闭页面后需要重新粘贴回执。',
  unreadable: '本机保存的成绩汇总已损坏、无法读取。为免覆盖，新粘贴的回执暂不保存；可先导出，再选择“清空”重新开始。',
  newer: '本机保存的成绩汇总来自新版网站，当前页面无法读取。为免覆盖，新粘贴的回执暂不保存。请刷新页面。',
  full: '浏览器存储已满，最新粘贴的回执未能保存。请先导出表格。',
};
