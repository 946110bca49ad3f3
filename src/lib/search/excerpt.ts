/**
 * Pagefind returns excerpts as HTML with <mark> around matches. We never insert that as HTML:
 * it is split into plain-text segments, and the UI builds text nodes and <mark> elements.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else if (part) {
      // Any other tag Pagefind might emit is dropped, never interpreted.
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      const last = segments[segments.length - 1];
      if (last && last.marked === marked) last.text += text;
      else if (text) segments.push({ text, marked });
    }
  }
  return segments;
}
