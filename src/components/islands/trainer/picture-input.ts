/**
 * Pictures a trainer gives a 成绩汇总 box: chosen with a file input (several at once), pasted
 * (a screenshot copied from WeChat on a PC) or dropped on the box. Each picture's QR code is read
 * with read-qr.ts, whose decoder loads only now. The callers decide what the texts are.
 */
import { readQr } from './read-qr';

export interface PictureText {
  /** The file's name, or 粘贴的图片 for a pasted one. */
  name: string;
  /** What its QR code holds, or null when no code could be read. */
  text: string | null;
}

/** The QR texts of `files`, in order. Rejects when the decoder cannot be loaded (offline on first use). */
export async function readPictures(files: readonly File[]): Promise<PictureText[]> {
  const read: PictureText[] = [];
  for (const file of files) read.push({ name: file.name || '粘贴的图片', text: await readQr(file) });
  return read;
}

/** Pictures that held no code, named for the trainer (the first five). */
export const unreadNames = (read: readonly PictureText[]): string[] =>
  read.filter((p) => p.text === null).map((p) => p.name);

export const namesList = (names: readonly string[]) => names.slice(0, 5).join('、') + (names.length > 5 ? ' 等' : '');

const images = (files: FileList | null | undefined) => [...(files ?? [])].filter((f) => f.type.startsWith('image/'));

/**
 * Event handlers for a box that takes pictures: `openImages` for an `<input type="file">`,
 * `paste` for the text box, `dragOver` and `drop` for the area pictures may be dropped on.
 * Text pasted or dropped goes its usual way; only pictures reach `take`.
 */
export function pictureEvents(take: (files: File[]) => void) {
  const openImages = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) take(files);
  };
  const paste = (event: ClipboardEvent) => {
    const files = images(event.clipboardData?.files);
    if (!files.length) return;
    event.preventDefault();
    take(files);
  };
  const dragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent) => {
    const files = images(event.dataTransfer?.files);
    if (!files.length) return;
    event.preventDefault();
    take(files);
  };
  return { openImages, paste, dragOver, drop };
}
