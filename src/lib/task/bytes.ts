/**
 * The byte layer under task links and receipts: positional fields written in order, read back in
 * the same order, and a reader that never throws past `readFields` — running out of bytes or
 * meeting a malformed field becomes a `BytesError`, which the codecs turn into a Chinese message.
 */

export class BytesError extends Error {}

/** Unsigned LEB128 with arithmetic (not bitwise) steps, so values up to 2^53 survive. */
function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Code units that survive as text: no control characters, no lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// A lone surrogate cannot be written as UTF-8 and would show as a broken glyph.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isPlainText(text: string): boolean {
  return !CONTROL.test(text) && !LONE_SURROGATE.test(text);
}

export class ByteWriter {
  private readonly out: number[] = [];

  byte(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError(`not a byte: ${value}`);
    this.out.push(value);
    return this;
  }

  varint(value: number): this {
    pushVarint(this.out, value);
    return this;
  }

  /**
   * A string as UTF-8 or UTF-16BE, whichever is shorter (Chinese text is 2 bytes a character in
   * UTF-16 instead of 3). Header: length << 1 | mode, where length counts bytes or code units.
   */
  text(value: string): this {
    const utf8 = new TextEncoder().encode(value);
    if (utf8.length <= value.length * 2) {
      pushVarint(this.out, utf8.length * 2);
      for (const b of utf8) this.out.push(b);
    } else {
      pushVarint(this.out, value.length * 2 + 1);
      for (let i = 0; i < value.length; i++) {
        const unit = value.charCodeAt(i);
        this.out.push(unit >> 8, unit & 0xff);
      }
    }
    return this;
  }

  uint32(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`not a uint32: ${value}`);
    this.out.push((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export class ByteReader {
  private pos = 0;
  private readonly data: Uint8Array;

  constructor(data: Uint8Array) {
    this.data = data;
  }

  private need(count: number): void {
    if (this.pos + count > this.data.length) throw new BytesError('truncated');
  }

  byte(): number {
    this.need(1);
    return this.data[this.pos++]!;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
    throw new BytesError('varint too long');
  }

  /** Reads a `ByteWriter.text`; `maxChars` bounds what an attacker can make us allocate and show. */
  text(maxChars: number): string {
    const header = this.varint();
    const length = Math.floor(header / 2);
    const utf16 = header % 2 === 1;
    if (length > maxChars * (utf16 ? 1 : 4)) throw new BytesError('text too long');
    let value: string;
    if (utf16) {
      this.need(length * 2);
      const units: number[] = [];
      for (let i = 0; i < length; i++)
        units.push((this.data[this.pos + 2 * i]! << 8) | this.data[this.pos + 2 * i + 1]!);
      this.pos += length * 2;
      value = String.fromCharCode(...units);
    } else {
      this.need(length);
      try {
        value = UTF8.decode(this.data.subarray(this.pos, this.pos + length));
      } catch {
        throw new BytesError('bad utf-8');
      }
      this.pos += length;
    }
    if (value.length > maxChars || !isPlainText(value)) throw new BytesError('bad text');
    return value;
  }

  uint32(): number {
    this.need(4);
    const d = this.data;
    const p = this.pos;
    this.pos += 4;
    return ((d[p]! << 24) | (d[p + 1]! << 16) | (d[p + 2]! << 8) | d[p + 3]!) >>> 0;
  }

  done(): boolean {
    return this.pos === this.data.length;
  }
}

const CRC_TABLE = Uint16Array.from({ length: 256 }, (_, n) => {
  let crc = n << 8;
  for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  return crc;
});

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), table-driven: catches every error burst up to 16 bits. */
export function crc16(data: Uint8Array): number {
  let crc = 0xffff;
  for (const b of data) crc = ((crc << 8) & 0xffff) ^ CRC_TABLE[((crc >> 8) ^ b) & 0xff]!;
  return crc;
}

/** Appends the CRC-16 of `body`, big-endian. */
export function withChecksum(body: Uint8Array): Uint8Array {
  const crc = crc16(body);
  const out = new Uint8Array(body.length + 2);
  out.set(body);
  out[body.length] = crc >> 8;
  out[body.length + 1] = crc & 0xff;
  return out;
}

/** The body without its checksum, or null when the checksum does not match. */
export function checkedBody(data: Uint8Array): Uint8Array | null {
  if (data.length < 3) return null;
  const body = data.subarray(0, data.length - 2);
  const crc = (data[data.length - 2]! << 8) | data[data.length - 1]!;
  return crc16(body) === crc ? body : null;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Crockford base32 of the low 30 bits: six characters with no I, L, O or U to misread. */
export function shortId(value: number): string {
  let out = '';
  for (let k = 25; k >= 0; k -= 5) out += CROCKFORD[(value >>> k) & 31];
  return out;
}

/** The 30-bit number behind a `shortId`, or null. */
export function parseShortId(id: string): number | null {
  if (!/^[0-9A-HJKMNP-TV-Z]{6}$/.test(id)) return null;
  let value = 0;
  for (const c of id) value = value * 32 + CROCKFORD.indexOf(c);
  return value;
}
