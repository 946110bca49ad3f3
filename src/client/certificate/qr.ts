/**
 * The certificate's QR code, with QrImage.tsx's settings: level M survives a smudged print, a
 * 4-module quiet zone as ISO asks. lean-qr waits in <template data-qr-loader> (QrLoader.astro)
 * and is fetched once a certificate is ready to show: off the page's first load, and without the
 * 0.9 KB preload helper Vite adds to a page for import().
 */
import type { Bitmap2D } from 'lean-qr';

declare global {
  interface Window {
    hjQr?: (text: string) => Bitmap2D;
  }
}

let encoder: Promise<(text: string) => Bitmap2D> | undefined;

function loadEncoder() {
  return (encoder ??= new Promise((resolve, reject) => {
    const ready = () => resolve(window.hjQr!);
    if (window.hjQr) return ready();
    addEventListener('hj:qr', ready, { once: true });
    const loader = document.querySelector<HTMLTemplateElement>('template[data-qr-loader]');
    if (!loader) return reject(new Error('no QR loader'));
    loader.remove();
    loader.content.querySelector('script')?.addEventListener('error', reject);
    document.body.append(loader.content);
  }));
}

export async function qrCode(text: string): Promise<Bitmap2D> {
  return (await loadEncoder())(text);
}
