/**
 * The certificate's QR code, with QrImage.tsx's settings: level M survives a smudged print, a
 * 4-module quiet zone as ISO asks. lean-qr is imported on first use, off the page's first load.
 */
export async function qrCode(text: string) {
  const { generate, correction } = await import('lean-qr');
  return generate(text, { minCorrectionLevel: correction.M });
}
