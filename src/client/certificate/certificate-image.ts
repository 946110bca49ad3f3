/**
 * The certificate as a PNG <img>, for WeChat: it cannot print, and its long-press menu saves or
 * forwards pictures (not canvas). Drawn on an opaque white A4-shaped canvas with the system's CJK
 * font, so the saved picture reads the same on any phone. Only in-app browsers need it: it waits
 * in <template data-picture-loader> (PictureLoader.astro), and the page hands it the words and the
 * QR code it already has, so it imports nothing the page's own code holds.
 */
import type { Bitmap2D } from 'lean-qr';
import type { Certificate, certificateText } from '../../lib/task/certificate';

declare global {
  interface Window {
    hjCertificateImage?: typeof certificateImage;
  }
}

const WIDTH = 1240;
const HEIGHT = 1754;
const MARGIN = 110;
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Splits text into lines no wider than `width`, character by character (Chinese has no spaces). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...lines, line] : lines;
}

export function certificateImage(
  c: Certificate,
  words: ReturnType<typeof certificateText>,
  qr: Bitmap2D,
): HTMLImageElement {
  const canvas = Object.assign(document.createElement('canvas'), { width: WIDTH, height: HEIGHT });
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  const inner = WIDTH - 2 * MARGIN;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.strokeStyle = '#8b1a1a';
  ctx.lineWidth = 6;
  ctx.strokeRect(40, 40, WIDTH - 80, HEIGHT - 80);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'top';

  let y = 120;
  const text = (s: string, size: number, opts: { bold?: boolean; center?: boolean; gap?: number } = {}) => {
    ctx.font = `${opts.bold ? 'bold ' : ''}${size}px ${FONT}`;
    ctx.textAlign = opts.center ? 'center' : 'left';
    for (const line of wrap(ctx, s, inner)) {
      ctx.fillText(line, opts.center ? WIDTH / 2 : MARGIN, y);
      y += Math.round(size * 1.5);
    }
    y += opts.gap ?? 0;
  };
  text('学习证明', 76, { bold: true, center: true, gap: 30 });
  text(c.name, 56, { bold: true, center: true });
  text(c.unit, 34, { center: true, gap: 30 });
  text(words.completion, 32, { gap: 16 });

  // The module table: as many rows as the task has (up to 30), smaller type when there are many.
  const size = Math.max(20, Math.min(30, Math.floor(620 / (c.modules.length + 1) / 1.5)));
  const columns = [MARGIN, MARGIN + inner * 0.62, MARGIN + inner * 0.8];
  const row = (cells: string[], bold = false) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
    ctx.textAlign = 'left';
    cells.forEach((cell, i) => ctx.fillText(wrap(ctx, cell, inner * 0.6)[0] ?? '', columns[i]!, y));
    y += Math.round(size * 1.5);
  };
  row(['模块', '最高分', '达标日期'], true);
  for (const m of c.modules) row([m.title, `${m.best} 分`, m.date ?? '—']);
  y += 16;
  text(words.dates, 28, { gap: 20 });

  const scale = Math.floor(300 / (qr.size + 8));
  for (let qy = 0; qy < qr.size; qy++) {
    for (let qx = 0; qx < qr.size; qx++) {
      if (qr.get(qx, qy)) ctx.fillRect(MARGIN + (qx + 4) * scale, y + (qy + 4) * scale, scale, scale);
    }
  }
  const qrBottom = y + (qr.size + 8) * scale;
  const codeLeft = MARGIN + (qr.size + 8) * scale + 30;
  ctx.font = `24px ${FONT}`;
  ctx.fillText(words.codeLabel, codeLeft, y + 30);
  ctx.font = `26px monospace`;
  const codeLines = wrap(ctx, c.code, WIDTH - MARGIN - codeLeft);
  codeLines.forEach((line, i) => ctx.fillText(line, codeLeft, y + 75 + i * 38));
  y = Math.max(qrBottom, y + 75 + codeLines.length * 38) + 20;
  ctx.fillStyle = '#333';
  text(words.note, 22);

  return Object.assign(document.createElement('img'), {
    className: 'certificate-image',
    src: canvas.toDataURL('image/png'),
    alt: `学习证明：${c.name}（${c.unit}）${words.completion}证明码 ${c.code}`,
  });
}
