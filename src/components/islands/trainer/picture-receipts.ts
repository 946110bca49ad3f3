/**
 * Receipts sent as pictures: screenshots and photos of the receipt's QR code, chosen (several at
 * once) or pasted into the box. Each is read with read-qr.ts; what it holds goes the way pasted
 * text goes (`take`), with the pictures that held no code named.
 */
import { readQr } from './read-qr';

type Take = (input: string, source: string, problems?: string[]) => boolean;

export function pictureReceipts(take: Take, setMessage: (m: { text: string; error?: boolean }) => void) {
  const takeImages = async (files: File[]) => {
    setMessage({ text: `正在识别 ${files.length} 张图片中的二维码……` });
    const texts: string[] = [];
    const unread: string[] = [];
    try {
      for (const file of files) {
        const text = await readQr(file);
        if (text) texts.push(text);
        else unread.push(file.name || '粘贴的图片');
      }
    } catch {
      setMessage({
        text: '识别图片的程序没有加载成功（可能网络中断），请联网后再试，或请学员发文字回执码。',
        error: true,
      });
      return;
    }
    const problems = unread.length
      ? [
          `${unread.length} 张图片没有认出二维码（${unread.slice(0, 5).join('、')}），请让学员发文字回执码，或发一张更清楚的截图`,
        ]
      : [];
    if (!texts.length) {
      setMessage({ text: `${problems[0] ?? '图片中没有认出二维码'}。`, error: true });
      return;
    }
    take(texts.join('\n'), `从 ${files.length} 张图片中`, problems);
  };

  const openImages = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void takeImages(files);
  };

  // A picture pasted into the box (a screenshot copied from WeChat on a PC) is read, not dropped.
  const paste = (event: ClipboardEvent) => {
    const images = [...(event.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
    if (!images.length) return;
    event.preventDefault();
    void takeImages(images);
  };

  return { openImages, paste };
}
