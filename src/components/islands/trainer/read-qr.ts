/**
 * Receipt codes from pictures: a trainee may send a screenshot or a photo of the receipt's QR
 * code instead of the text. The decoder (`qr`, paulmillr, ~15 KB gzip; see docs/architecture.md)
 * is imported only when a picture is given, so 成绩汇总 loads nothing extra until then.
 */

/** Longest side tried first; photos from a phone camera are larger and slower to search. */
const SIZES = [1600, 1000, 700];

async function pixels(blob: Blob, longest: number): Promise<ImageData | null> {
  const bitmap = await createImageBitmap(blob);
  try {
    const scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = Object.assign(document.createElement('canvas'), { width, height });
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    // Transparent pixels read as black: lay the picture on white, as a person would see it.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}

/** The text of the QR code in a picture, or null when none could be read (or it is no picture). */
export async function readQr(blob: Blob): Promise<string | null> {
  const { decodeQR } = await import('qr/decode.js');
  for (const size of SIZES) {
    try {
      const image = await pixels(blob, size);
      // More retries and time than the default, which is budgeted for one camera frame.
      if (image) return decodeQR(image, { effort: 8, timeLimit: 1500 });
    } catch {
      // Not found at this size (or not a picture the browser can open): try the next size.
    }
  }
  return null;
}
