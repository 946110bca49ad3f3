/**
 * Text onto the clipboard from any page, the one way every copy button copies: the Clipboard API
 * needs HTTPS and a user gesture, and in-app browsers often refuse it, so the old copy command is
 * the fallback. False when neither worked: the caller then shows the text to copy by hand.
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
  // The old command copies the selection of the focused box; focus goes back afterwards.
  const active = document.activeElement as HTMLElement | null;
  const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
  document.body.append(area);
  area.focus();
  area.select();
  // iOS ignores select() on a text box; setSelectionRange works there.
  area.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}
