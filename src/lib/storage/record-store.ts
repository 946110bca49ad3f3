/**
 * One record kept in localStorage under one key: the trainee's progress (progress/store.ts), the
 * trainer's receipts (task/results-store.ts), the calculator's half-filled form
 * (election/draft.ts). Promises, the same for each:
 * - Never throws, and never writes over data it could not read (damaged, or from a newer site).
 * - Every change is read-modify-write: it re-reads what is stored, applies itself and writes, so
 *   two tabs, or several islands on one page, never overwrite each other's changes.
 * - A change that could not be saved (quota full) is kept in memory and saved with the next one.
 * - Subscribers hear every change: from this page and, in the browser, from other tabs
 *   (`storage` events) and on coming back from the back/forward cache (`pageshow`).
 * What is stored is the record as it is (it carries its own version); `decode` is the one gate
 * stored data passes through. Small on purpose: the quiz page's 14 KB budget carries it.
 */

/** The part of window.localStorage used; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * ok — saved; blocked — no storage (private mode, some in-app browsers); unreadable — what is
 * stored is damaged, so it is left alone; newer — written by a newer site, left alone too;
 * full — the last save failed (kept in memory, retried with the next change).
 */
export type StoreStatus = 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full';

/** A decoder's answer: the record in the current version, or why not. Decoders never throw. */
export type Decoded<T> = { ok: true; data: T } | { ok: false; reason: 'newer' | 'invalid' };

type Change<T> = (data: T) => T;

export interface RecordStore<T> {
  /** The record as stored now plus any change not yet saved; `empty()` when nothing is stored. */
  read(): T;
  status(): StoreStatus;
  /** Applies a change to what is stored now and saves it if it safely can. */
  update(change: Change<T>): StoreStatus;
  /** Calls `listener` after every change, here or elsewhere; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Replaces whatever is stored, readable or not. Only on the user's explicit choice to give up
   * damaged or newer records (start again, 清空); never called on its own.
   */
  overwrite(data: T): StoreStatus;
}

/**
 * Opens the record under `key`. `watch` is told how to announce changes made elsewhere; in the
 * browser that is `inBrowser(key)`, tests call it by hand.
 */
export function openRecordStore<T>(
  key: string,
  decode: (value: unknown) => Decoded<T>,
  empty: () => T,
  getStorage: () => StorageLike | null,
  watch?: (changedElsewhere: () => void) => void,
): RecordStore<T> {
  let storage: StorageLike | null = null;
  try {
    storage = getStorage();
  } catch {
    // Access itself throws in some browsers (blocked cookies): work in memory.
  }
  let state: StoreStatus = storage ? 'ok' : 'blocked';
  let raw: string | null | undefined;
  let saved = empty();
  let unsaved: Change<T>[] = [];
  let view = saved;
  const listeners = new Set<() => void>();

  /** Re-reads storage; true when what is stored changed since the last look. */
  const load = (): boolean => {
    if (!storage) return false;
    let now: string | null;
    try {
      now = storage.getItem(key);
    } catch {
      storage = null;
      state = 'blocked';
      return false;
    }
    if (now === raw) return false;
    raw = now;
    let decoded: Decoded<T>;
    try {
      decoded = now === null ? { ok: true, data: empty() } : decode(JSON.parse(now));
    } catch {
      decoded = { ok: false, reason: 'invalid' };
    }
    if (decoded.ok) {
      saved = decoded.data;
      if (state !== 'full') state = 'ok';
    } else state = decoded.reason === 'newer' ? 'newer' : 'unreadable';
    view = unsaved.reduce((d, change) => change(d), saved);
    return true;
  };
  const notify = () => listeners.forEach((listener) => listener());
  load();
  watch?.(() => load() && notify());

  /** Saves `view` unless what is stored could not be read; then notifies. */
  const save = (): StoreStatus => {
    if (storage && state !== 'unreadable' && state !== 'newer') {
      const text = JSON.stringify(view);
      try {
        storage.setItem(key, text);
        raw = text;
        saved = view;
        unsaved = [];
        state = 'ok';
      } catch {
        state = 'full';
      }
    }
    notify();
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
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    overwrite(next) {
      if (storage) state = 'ok';
      unsaved = [];
      view = next;
      return save();
    },
  };
}

/** The browser's storage, and the events that say `key` may have changed behind this page. */
export const inBrowser =
  (key: string) =>
  (changed: () => void): void => {
    addEventListener('storage', (event) => (event.key === key || event.key === null) && changed());
    addEventListener('pageshow', (event) => event.persisted && changed());
  };

/** What a page says about its record: what the record is, and what is lost while it cannot save. */
export interface RecordNames {
  /** The record, after 本机的: 学习记录, 成绩汇总 … */
  record: string;
  /** What this visit's changes are, as the subject of 不会保留 / 暂不保存 / 未能保存. */
  changes: string;
  /** The way out when the stored record cannot be read, if the page offers one. */
  wayOut?: string;
}

/** The one table of what every page says when its record cannot be saved (null when it can). */
export function storeNotice(status: StoreStatus, { record, changes, wayOut = '' }: RecordNames): string | null {
  return {
    ok: null,
    blocked: `此浏览器不能保存数据（如无痕模式）：本页照常使用，但${changes}不会保留。`,
    unreadable: `本机的${record}已损坏、无法读取；为免覆盖，${changes}暂不保存。${wayOut}`,
    newer: `本机的${record}来自新版网站，无法读取；为免覆盖，${changes}暂不保存。请刷新页面。${wayOut}`,
    full: `浏览器存储已满，${changes}未能保存。`,
  }[status];
}
