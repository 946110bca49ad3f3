/**
 * The certificate's QR code, with QrImage.tsx's settings: level M survives a smudged print, a
 * 4-module quiet zone as ISO asks. lean-qr waits in <template data-qr-loader> (QrLoader.astro)
 * and is fetched once a certificate is ready to show, off the page's first load.
 */
import type { Bitmap2D } from 'lean-qr';
import { templateCode } from './template-code';

declare global {
  interface Window {
    hjQr?: (text: string) => Bitmap2D;
  }
}

let encoder: Promise<(text: string) => Bitmap2D> | undefined;

export async function qrCode(text: string): Promise<Bitmap2D> {
  return (await (encoder ??= templateCode('qr', () => window.hjQr)))(text);
}
