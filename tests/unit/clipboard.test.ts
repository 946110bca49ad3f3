// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/components/islands/shared/clipboard';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The old copy command, recording what was selected when it ran. */
function oldCopy(works: boolean) {
  const copied: string[] = [];
  document.execCommand = ((command: string) => {
    const area = document.activeElement as HTMLTextAreaElement;
    copied.push(`${command}:${area.value.slice(area.selectionStart, area.selectionEnd)}`);
    return works;
  }) as typeof document.execCommand;
  return copied;
}

function button() {
  document.body.innerHTML = '<button type="button">复制</button>';
  const b = document.querySelector('button')!;
  b.focus();
  return b;
}

describe('copying text', () => {
  it('uses the Clipboard API where the page may', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('isSecureContext', true);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const copied = oldCopy(true);
    expect(await copyText('HJXL1.abc')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('HJXL1.abc');
    expect(copied).toEqual([]);
  });

  it('falls back to the old copy command when the Clipboard API refuses, and gives focus back', async () => {
    vi.stubGlobal('isSecureContext', true);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: async () => {
        throw new DOMException('denied', 'NotAllowedError');
      },
    } as unknown as Clipboard);
    const copied = oldCopy(true);
    const b = button();
    expect(await copyText('第一行\n第二行')).toBe(true);
    expect(copied).toEqual(['copy:第一行\n第二行']);
    expect(document.activeElement).toBe(b);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('falls back on a page without the Clipboard API (plain http, old in-app browsers)', async () => {
    vi.stubGlobal('isSecureContext', false);
    const copied = oldCopy(true);
    button();
    expect(await copyText('https://example.org/trainer/paper/?s=1')).toBe(true);
    expect(copied).toEqual(['copy:https://example.org/trainer/paper/?s=1']);
  });

  it('answers false, without throwing, when neither way works', async () => {
    vi.stubGlobal('isSecureContext', false);
    oldCopy(false);
    expect(await copyText('x')).toBe(false);
    document.execCommand = () => {
      throw new Error('not supported');
    };
    expect(await copyText('x')).toBe(false);
  });
});
