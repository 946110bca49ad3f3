import type { Page } from 'playwright-core';
import { extractText, extractTextItems } from 'unpdf';

/** A4 in PDF points, and the page margins of src/styles/print.css (18 mm top, 20 mm bottom). */
const PAGE_HEIGHT = 841.92;
const TOP_MARGIN = 51;
const BOTTOM_MARGIN = 56.7;

export interface PdfPage {
  /** The page's text as unpdf extracts it. */
  text: string;
  /** Running header and footer: text drawn in the top and bottom margins. */
  header: string;
  footer: string;
  /** Body text lines, top to bottom, whitespace removed. */
  lines: string[];
}

/** Prints the page as Chromium does for a reader (A4 from the CSS, print media) and reads the PDF back. */
export async function printToPdf(page: Page): Promise<PdfPage[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // pdf.js takes ownership of the buffer it is given, so each reader gets its own copy.
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  const { items } = await extractTextItems(new Uint8Array(pdf));
  return items.map((pageItems, i) => {
    const inBand = (test: (y: number) => boolean) =>
      pageItems
        .filter((it) => it.str.trim() && test(it.y))
        .sort((a, b) => b.y - a.y || a.x - b.x)
        .map((it) => it.str)
        .join('');
    const rows = new Map<number, typeof pageItems>();
    for (const it of pageItems) {
      if (!it.str.trim() || it.y > PAGE_HEIGHT - TOP_MARGIN || it.y < BOTTOM_MARGIN) continue;
      const key = [...rows.keys()].find((y) => Math.abs(y - it.y) < 2) ?? it.y;
      rows.set(key, [...(rows.get(key) ?? []), it]);
    }
    const lines = [...rows.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, row]) =>
        row
          .sort((a, b) => a.x - b.x)
          .map((it) => it.str)
          .join('')
          .replace(/\s+/g, ''),
      );
    return {
      text: text[i] ?? '',
      header: inBand((y) => y > PAGE_HEIGHT - TOP_MARGIN),
      footer: inBand((y) => y < BOTTOM_MARGIN),
      lines,
    };
  });
}

/** Text with all whitespace removed: PDF extraction spaces Chinese text unpredictably. */
export const squash = (text: string) => text.replace(/\s+/g, '');
