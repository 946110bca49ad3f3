/**
 * The trainee's record in localStorage (key `hj-progress`): the system of record, so it loses
 * nothing. Promises (kept by the one record store, storage/record-store.ts):
 * - Never throws, and never writes over data it could not read (damaged, or from a newer site).
 * - Every change is read-modify-write: it re-reads what is stored, applies itself and writes, so
 *   two tabs, or several islands on one page, never overwrite each other's changes.
 * - A change that could not be saved (quota full) is kept in memory and saved with the next one.
 * - Subscribers hear every change: from this page, from other tabs (`storage` events) and on
 *   coming back from the back/forward cache.
 * - An older record (version 1 or 2) reads as the current version and is written back so on its
 *   first change.
 *
 * API (types in record.ts; changes are pure functions in rules.ts, profile.ts and, for tests,
 * attempts.ts):
 *   const store = browserStore();          // one store per page, shared by every island
 *   store.read(): ProgressData             // current record (version 3), never null
 *   store.status(): StoreStatus            // 'ok' | 'blocked' | 'unreadable' | 'newer' | 'full'
 *   store.update(d => change(d)): StoreStatus
 *   store.subscribe(() => …): () => void   // returns the unsubscribe function
 *   store.overwrite(data)                  // only on the trainee's explicit "start again"
 * The record (ProgressData, version 3):
 *   profile   {name, unit} | null                          setProfile(d, {name, unit})
 *   lessons   {[lessonId]: {at}}                           markLessonRead(d, lessonId, at)
 *   modules   {[moduleId]: {best, attempts, passed, bestAt?, passedAt?,
 *               last?: {paper: [{id, order}], responses, wrong: [ids], percent, passed, at, startedAt?}}}
 *                                                           recordTest(d, moduleId, test)
 *   wrong     {[questionId]: {module, streak, at}}  错题本  recordAnswers(d, answers, at)
 *   drafts    {[moduleId]: {paper, responses, startedAt, savedAt}}
 *                                                           saveDraft / dropDraft(d, moduleId)
 *   practice  {cards: {[questionId]: {module, stability, difficulty, reviewed, due, reps}},
 *              days: [day], today: {day, ids} | null, size, focus}   每日一练, lib/practice/
 * A receipt reads modules[id].best, .passedAt (completion time) and .last.wrong (the ids answered
 * wrong in the final attempt). Islands use it through useProgress() (components/islands), which
 * reads after hydration and re-renders on every change. Moving a record (files, text codes,
 * merging, differentPerson): transfer.ts.
 */
import { inBrowser, openRecordStore, storeNotice, type StorageLike, type StoreStatus } from '../storage/record-store';
import { decodeProgress } from './record';
import { emptyProgress } from './record';

export const STORAGE_KEY = 'hj-progress';

/** Opens the progress record on `getStorage` (tests pass a fake, and call `watch`'s argument by hand). */
export const openStore = (getStorage: () => StorageLike | null, watch?: (changedElsewhere: () => void) => void) =>
  openRecordStore(STORAGE_KEY, decodeProgress, emptyProgress, getStorage, watch);

export type ProgressStore = ReturnType<typeof openStore>;

let shared: ProgressStore | undefined;

/** The page's one store on window.localStorage, shared by every island. */
export const browserStore = (): ProgressStore => (shared ??= openStore(() => localStorage, inBrowser(STORAGE_KEY)));

/** What a page with the progress record says when it cannot save it (null when it can). */
export const storageNotice = (status: StoreStatus): string | null =>
  storeNotice(status, { record: '学习记录', changes: '本次的成绩和进度' });
