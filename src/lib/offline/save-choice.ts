/**
 * The reader's choice on a metered phone: keep only the active task's modules offline, not the
 * whole site. A preference in this browser (like the font size), under its own key and never in
 * the progress record: losing it only means the whole site is saved again.
 */
import type { StorageLike } from '../storage/record-store.ts';

export const OFFLINE_CHOICE_KEY = 'hj-offline-task-only';

export function readTaskOnly(storage: StorageLike | null): boolean {
  try {
    return storage?.getItem(OFFLINE_CHOICE_KEY) === '1';
  } catch {
    return false;
  }
}

/** False when storage is blocked: the choice then holds for this visit only. */
export function saveTaskOnly(
  storage: (StorageLike & { removeItem(key: string): void }) | null,
  only: boolean,
): boolean {
  try {
    if (!storage) return false;
    if (only) storage.setItem(OFFLINE_CHOICE_KEY, '1');
    else storage.removeItem(OFFLINE_CHOICE_KEY);
    return true;
  } catch {
    return false;
  }
}
