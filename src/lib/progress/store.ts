/**
 * The trainee's record in localStorage (key `hj-progress`): the system of record, so it loses
 * nothing. Promises:
 * - Never throws, and never writes over data it could not read (damaged, or from a newer site).
 * - Every change is read-modify-write: it re-reads what is stored, applies itself and writes, so
 *   two tabs, or several islands on one page, never overwrite each other's changes.
 * - A change that could not be saved (quota full) is kept in memory and saved with the next one.
 * - Subscribers hear every change: from this page and, through `storage` events, from other tabs.
 * - A version-1 record reads as version 2 and is written back as version 2 on its first change.
 *
 * API (types in record.ts; changes are pure functions in rules.ts, profile.ts and, for tests,
 * attempts.ts):
 *   const store = browserStore();          // one store per page, shared by every island
 *   store.read(): ProgressData             // current record (version 2), never null
 *   store.status(): StoreStatus            // 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full'
 *   store.update(d => change(d)): StoreStatus
 *   store.subscribe(() => …): () => void   // returns the unsubscribe function
 *   store.overwrite(data)                  // only on the trainee's explicit "start again"
 * The record (ProgressData, version 2):
 *   profile   {name, unit} | null                          setProfile(d, {name, unit})
 *   lessons   {[lessonId]: {at}}                           markLessonRead(d, lessonId, at)
 *   modules   {[moduleId]: {best, attempts, passed, bestAt?, passedAt?,
 *               last?: {paper: [{id, order}], responses, wrong: [ids], percent, passed, at, startedAt?}}}
 *                                                           recordTest(d, moduleId, test)
 *   wrong     {[questionId]: {module, streak, at}}  错题本  recordAnswers(d, answers, at)
 *   drafts    {[moduleId]: {paper, responses, startedAt, savedAt}}
 *                                                           saveDraft / dropDraft(d, moduleId)
 * A receipt reads modules[id].best, .passedAt (completion time) and .last.wrong (the ids answered
 * wrong in the final attempt). Islands use it through useProgress() (components/islands), which
 * reads after hydration and re-renders on every change. Moving a record (files, text codes,
 * merging, differentPerson): transfer.ts.
 */
import { decodeProgress, emptyProgress, type ProgressData } from './record';

export const STORAGE_KEY = 'hj-progress';

/** The part of window.localStorage we use; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * ok — saved; blocked — no storage (private mode, some in-app browsers); unreadable — what is
 * stored is damaged, so we leave it alone; newer — written by a newer site, left alone too;
 * full — the last save failed (kept in memory, retried with the next change).
 */
export type StoreStatus = 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full';

type Change = (data: ProgressData) => ProgressData;

export interface ProgressStore {
  read(): ProgressData;
  status(): StoreStatus;
  /** Applies a change to what is stored now and saves it if it safely can. */
  update(change: Change): StoreStatus;
  /** Calls `listener` after every change, here or in another tab; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Replaces whatever is stored, readable or not. Only for the trainee's explicit choice to
   * give up damaged or newer-version records; never called on its own.
   */
  overwrite(data: ProgressData): StoreStatus;
}

/**
 * Opens the store. `watch` is told how to announce changes made elsewhere (another tab);
 * the browser passes a `storage` event listener, tests call it by hand.
 */
export function openStore(
  getStorage: () => StorageLike | null,
  watch?: (changedElsewhere: () => void) => void,
): ProgressStore {
  let storage: StorageLike | null = null;
  try {
    storage = getStorage();
  } catch {
    // Access itself throws in some browsers (blocked cookies): work in memory.
  }
  let state: StoreStatus = storage ? 'ok' : 'blocked';
  let raw: string | null | undefined;
  let saved = emptyProgress();
  let unsaved: Change[] = [];
  let view = saved;
  const listeners = new Set<() => void>();

  /** Re-reads storage; true when what is stored changed since the last look. */
  const load = (): boolean => {
    if (!storage) return false;
    let now: string | null;
    try {
      now = storage.getItem(STORAGE_KEY);
    } catch {
      storage = null;
      state = 'blocked';
      return false;
    }
    if (now === raw) return false;
    raw = now;
    let decoded: ReturnType<typeof decodeProgress>;
    try {
      decoded = now === null ? { ok: true, data: emptyProgress() } : decodeProgress(JSON.parse(now));
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

  const save = (): StoreStatus => {
    if (!storage || state === 'unreadable' || state === 'newer') return state;
    const text = JSON.stringify(view);
    try {
      storage.setItem(STORAGE_KEY, text);
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
      save();
      notify();
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    overwrite(next) {
      if (!storage) return state;
      state = 'ok';
      unsaved = [];
      view = next;
      save();
      notify();
      return state;
    },
  };
}

let shared: ProgressStore | undefined;

/**
 * The page's one store on window.localStorage, shared by every island; it hears other tabs
 * through `storage` events and re-reads when the page comes back from the back/forward cache.
 */
export const browserStore = (): ProgressStore =>
  (shared ??= openStore(
    () => window.localStorage,
    (changed) => {
      addEventListener('storage', (event) => (event.key === STORAGE_KEY || event.key === null) && changed());
      addEventListener('pageshow', (event) => event.persisted && changed());
    },
  ));

const NOTICES: Record<Exclude<StoreStatus, 'ok'>, string> = {
  blocked: '此浏览器不能保存数据（如无痕模式），本次答题照常进行，但成绩和错题不会保留。',
  unreadable: '本机的学习记录已损坏、无法读取；为免覆盖，本次结果不保存。',
  newer: '本机的学习记录来自新版网站，无法读取；为免覆盖，本次结果不保存。请刷新页面。',
  full: '浏览器存储已满，最新成绩和错题未能保存。',
};

export function storageNotice(status: StoreStatus): string | null {
  return status === 'ok' ? null : NOTICES[status];
}
