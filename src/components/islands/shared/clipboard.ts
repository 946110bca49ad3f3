/**
 * Text onto the clipboard from any page: the Clipboard API needs HTTPS and a user gesture, and
 * in-app browsers often refuse it, so the old copy command is the fallback.
 */
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
