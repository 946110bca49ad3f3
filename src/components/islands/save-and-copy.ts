/**
 * Getting a table or a record out of the browser: a file download, or text on the clipboard.
 * In-app browsers (WeChat, WeCom, QQ) do not open downloads, so pages ask `isInAppBrowser` —
 * the one detector, in lib/in-app.ts — and offer copying.
 */
import { inAppBrowser } from '../../lib/in-app';

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

/** The Clipboard API where the page may use it (HTTPS, a user gesture), else the old copy command. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused): try the old way below.
  }
  const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** A file name without characters Windows refuses, from text a trainer typed. */
export const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
