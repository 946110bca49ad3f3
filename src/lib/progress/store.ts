/**
 * The one localStorage store. It never throws and never overwrites data it could not read:
 * when storage is blocked, unreadable or full, the quiz keeps working for this visit and the
 * page shows `storageNotice`.
 */
import { decodeProgress, emptyProgress, type ProgressData } from './data';

export const STORAGE_KEY = 'hj-progress';

/** The part of window.localStorage we use; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * ok — saved; blocked — no storage (private mode, some in-app browsers); unreadable — what is
 * stored is damaged or from a newer site, so we leave it alone; full — the last save failed.
 */
export type StoreStatus = 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full';

export interface ProgressStore {
  read(): ProgressData;
  status(): StoreStatus;
  /** Applies a change in memory and saves it if it safely can. */
  update(change: (data: ProgressData) => ProgressData): StoreStatus;
  /**
   * Replaces whatever is stored, readable or not. Only for the trainee's explicit choice to
   * give up damaged or newer-version records; never called on its own.
   */
  overwrite(data: ProgressData): StoreStatus;
}

export function openStore(getStorage: () => StorageLike | null): ProgressStore {
  let storage: StorageLike | null = null;
  let data = emptyProgress();
  let state: StoreStatus = 'ok';
  try {
    storage = getStorage();
    const raw = storage?.getItem(STORAGE_KEY) ?? null;
    if (!storage) state = 'blocked';
    else if (raw !== null) {
      const decoded = decodeProgress(JSON.parse(raw));
      if (decoded.ok) data = decoded.data;
      else state = decoded.reason === 'newer' ? 'newer' : 'unreadable';
    }
  } catch (error) {
    state = error instanceof SyntaxError ? 'unreadable' : 'blocked';
  }
  const writable = () => storage !== null && (state === 'ok' || state === 'full');
  return {
    read: () => data,
    status: () => state,
    update(change) {
      data = change(data);
      if (!writable()) return state;
      try {
        storage!.setItem(STORAGE_KEY, JSON.stringify(data));
        state = 'ok';
      } catch {
        state = 'full';
      }
      return state;
    },
    overwrite(next) {
      if (!storage) return state;
      state = 'ok';
      return this.update(() => next);
    },
  };
}

/** Opens the store on the page's localStorage (which itself throws in some browsers). */
export const openBrowserStore = () => openStore(() => window.localStorage);

const NOTICES: Record<Exclude<StoreStatus, 'ok'>, string> = {
  blocked: '此浏览器不能保存数据（如无痕模式），本次答题照常进行，但成绩和错题不会保留。',
  unreadable: '本机的学习记录已损坏、无法读取；为免覆盖，本次结果不保存。',
  newer: '本机的学习记录来自新版网站，无法读取；为免覆盖，本次结果不保存。请刷新页面。',
  full: '浏览器存储已满，最新成绩和错题未能保存。',
};

export function storageNotice(status: StoreStatus): string | null {
  return status === 'ok' ? null : NOTICES[status];
}
