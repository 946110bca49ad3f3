/**
 * Getting a table or a record out of the browser as a file. In-app browsers (WeChat, WeCom, QQ)
 * do not open downloads, so pages ask `isInAppBrowser` — the one detector, in lib/in-app.ts —
 * and offer copying (clipboard.ts) instead.
 */
import { inAppBrowser } from '../../../lib/in-app';

export const isInAppBrowser = (userAgent: string) => inAppBrowser(userAgent) !== null;

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name without characters Windows refuses, from text a trainer typed. */
export const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
