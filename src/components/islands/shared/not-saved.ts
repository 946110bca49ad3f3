/**
 * What to tell a trainee whose explicit change (a profile, a merged record) could not be saved.
 * Not in StoreNotice.tsx: that goes with the quiz code, and the quiz page never says this.
 */
import { storageNotice } from '../../../lib/progress/store';
import type { StoreStatus } from '../../../lib/storage/record-store';

/** The store's notice, and that the change stays on this page until it is closed; null when saved. */
export function notSaved(status: StoreStatus): string | null {
  const notice = storageNotice(status);
  return notice && `没有保存到本机：${notice}本页显示的内容在关闭或刷新前仍在。`;
}
