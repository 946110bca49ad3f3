/**
 * Receipts sent as pictures: screenshots and photos of the receipt's QR code, chosen (several at
 * once), pasted or dropped into the box (picture-input.ts). What they hold goes the way pasted
 * text goes (`take`), with the pictures that held no code named.
 */
import { namesList, pictureEvents, readPictures, unreadNames } from './picture-input';

type Take = (input: string, source: string, problems?: string[]) => boolean;

export function pictureReceipts(take: Take, setMessage: (m: { text: string; error?: boolean }) => void) {
  return pictureEvents(async (files) => {
    setMessage({ text: `正在识别 ${files.length} 张图片中的二维码……` });
    let read;
    try {
      read = await readPictures(files);
    } catch {
      setMessage({
        text: '识别图片的程序没有加载成功（可能网络中断），请联网后再试，或请学员发文字回执码。',
        error: true,
      });
      return;
    }
    const unread = unreadNames(read);
    const problems = unread.length
      ? [`${unread.length} 张图片没有认出二维码（${namesList(unread)}），请让学员发文字回执码，或发一张更清楚的截图`]
      : [];
    const texts = read.flatMap((p) => p.text ?? []);
    if (!texts.length) {
      setMessage({ text: `${problems[0] ?? '图片中没有认出二维码'}。`, error: true });
      return;
    }
    take(texts.join('\n'), `从 ${files.length} 张图片中`, problems);
  });
}
