/**
 * In-app browsers where file downloads fail (WeChat, WeCom, QQ): there a page must offer text to
 * copy instead of a file, and say how to open the page in the phone's own browser.
 */
export type InAppBrowser = '微信' | '企业微信' | 'QQ';

/** Which in-app browser a user agent belongs to, or null for an ordinary browser. */
export function inAppBrowser(userAgent: string): InAppBrowser | null {
  if (/wxwork/i.test(userAgent)) return '企业微信';
  if (/MicroMessenger/i.test(userAgent)) return '微信';
  // QQ's in-app browser says " QQ/<version>"; the standalone QQ浏览器 ("MQQBrowser") downloads fine.
  if (/\bQQ\/\d/.test(userAgent)) return 'QQ';
  return null;
}
