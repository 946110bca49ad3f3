import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/lib/base64url';
import { crc16, isPlainText } from '../../src/lib/task/bytes';
import { decodeTask, encodeTask, parseTaskFromUrl, type Task, TASK_LIMITS, taskIdOf } from '../../src/lib/task/link';
import { decodeReceipt, encodeReceipt, type Receipt, RECEIPT_LIMITS } from '../../src/lib/task/receipt';

/** Property tests run hundreds of cases; the shared 2-core machine can be slow. */
const PROPERTY_TIMEOUT = { timeout: 60_000 };

const task: Task = {
  title: '2026年村（社区）两委换届培训第一期',
  unit: '某某县委组织部',
  deadline: '2026-12-20',
  passMark: 80,
  modules: ['ov', 'pr', 've', 'di', 'fu'],
  note: '请在截止日前完成全部测试，回执发到本群。',
};

const receipt: Receipt = {
  taskId: taskIdOf(encodeTask(task)),
  name: '张三',
  unit: '某某镇某某村',
  completedAt: Date.UTC(2026, 11, 1, 8, 30),
  partial: false,
  modules: [
    { code: 'ov', best: 90, wrong: [4] },
    { code: 've', best: 80, wrong: [3, 17, 120] },
    { code: 'fu', best: null, wrong: [] },
  ],
};

/** Text the forms accept: any code points except control characters, within the limit. */
const plainText = (min: number, max: number) =>
  fc
    .string({ unit: 'binary', minLength: min, maxLength: max })
    .filter((s) => s.length <= max && isPlainText(s) && s.trim().length >= min);
const code = fc.stringMatching(/^[a-z0-9]{1,4}$/);
const date = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const taskArb: fc.Arbitrary<Task> = fc.record({
  title: plainText(1, TASK_LIMITS.title),
  unit: plainText(1, TASK_LIMITS.unit),
  deadline: fc.option(date, { nil: null }),
  passMark: fc.integer({ min: 1, max: 100 }),
  modules: fc.uniqueArray(code, { minLength: 1, maxLength: TASK_LIMITS.modules }),
  note: plainText(0, TASK_LIMITS.note),
});

const receiptArb: fc.Arbitrary<Receipt> = fc.record({
  taskId: fc.integer({ min: 0, max: 2 ** 30 - 1 }).map((n) => taskIdOf(toBase64Url(Uint8Array.of(n & 255, n >> 8)))),
  name: plainText(1, RECEIPT_LIMITS.name),
  unit: plainText(1, RECEIPT_LIMITS.unit),
  completedAt: fc.integer({ min: 0, max: 60 * 24 * 365 * 80 }).map((m) => Date.UTC(2020, 0, 1) + m * 60_000),
  partial: fc.boolean(),
  modules: fc.uniqueArray(
    fc.record(
      {
        code,
        best: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        wrong: fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { maxLength: 30 }).map((a) => a.sort((x, y) => x - y)),
        lessons: fc
          .integer({ min: 1, max: RECEIPT_LIMITS.lessons })
          .chain((total) => fc.integer({ min: 0, max: total }).map((read) => ({ read, total }))),
      },
      { requiredKeys: ['code', 'best', 'wrong'] },
    ),
    { minLength: 1, maxLength: 12, selector: (m) => m.code },
  ),
});

/** Every string one character away: deleted, replaced by another base64url character, or added. */
const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('the byte layer', PROPERTY_TIMEOUT, () => {
  it('round-trips base64url and rejects characters outside it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('refuses a last character with bits set past the data, which only an edit writes', () => {
    // "QQ" is the one byte 0x41; "QR" carries the same byte with a stray bit the checksum cannot see.
    expect(fromBase64Url('QQ')).toEqual(Uint8Array.of(0x41));
    expect(fromBase64Url('QR')).toBeNull();
    expect(fromBase64Url('QUI')).toEqual(Uint8Array.of(0x41, 0x42));
    expect(fromBase64Url('QUJ')).toBeNull();
  });

  it('computes the standard CRC-16/CCITT-FALSE check value', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0x29b1);
  });
});

describe('task links', PROPERTY_TIMEOUT, () => {
  it('round-trips a typical task and stays short enough for a small QR code', () => {
    const payload = encodeTask(task);
    expect(decodeTask(payload)).toEqual({ ok: true, task, id: taskIdOf(payload), payload });
    expect(`https://dj.example.gov.cn/task/?t=${payload}`.length).toBeLessThan(200);
    expect(taskIdOf(payload)).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('round-trips any valid task', () => {
    fc.assert(
      fc.property(taskArb, (t) => {
        const result = decodeTask(encodeTask(t));
        expect(result.ok && result.task).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects random strings with a Chinese message, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const result = decodeTask(s);
        if (!result.ok) expect(result.error).toMatch(/[\u4e00-\u9fff]/);
        const fromUrl = parseTaskFromUrl(`https://x.cn/task/?t=${s}`);
        if (!fromUrl.ok) expect(fromUrl.error).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 500 },
    );
    expect(decodeTask('')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('rejects every truncation and every single-character change, or decodes to the original', () => {
    fc.assert(
      fc.property(taskArb, fc.nat(), fc.nat(), (t, at, pick) => {
        const payload = encodeTask(t);
        const i = at % payload.length;
        const variants = [
          payload.slice(0, i),
          payload.slice(0, i) + payload.slice(i + 1),
          payload.slice(0, i) + base64Chars[pick % 64] + payload.slice(i + 1),
          payload.slice(0, i) + base64Chars[pick % 64] + payload.slice(i),
          payload.slice(0, i) + '中' + payload.slice(i + 1),
        ];
        for (const v of variants) {
          const result = decodeTask(v);
          if (result.ok) expect(result.task).toEqual(t);
          else expect(result.error).toMatch(/链接/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('says a link from a newer site is newer, not damaged', () => {
    const bytes = fromBase64Url(encodeTask(task))!;
    const body = bytes.slice(0, -2);
    body[0] = 2;
    const crc = crc16(body);
    const payload = toBase64Url(Uint8Array.of(...body, crc >> 8, crc & 255));
    expect(decodeTask(payload)).toMatchObject({ ok: false, reason: 'newer', error: expect.stringMatching(/新版/) });
  });

  describe('finds the payload wherever WeChat leaves it', () => {
    const payload = encodeTask(task);
    it.each([
      ['a fragment', `https://x.cn/training/task/#t=${payload}`],
      ['a query parameter', `https://x.cn/task/?t=${payload}`],
      ['WeChat parameters after it', `https://x.cn/task/?t=${payload}&from=singlemessage&isappinstalled=0`],
      ['WeChat parameters before it', `https://x.cn/task/?from=groupmessage&nsukey=AbC%3D%3D&t=${payload}`],
      ['a query glued onto the fragment', `https://x.cn/task/#t=${payload}?from=timeline&isappinstalled=0`],
      ['a redirect suffix', `https://x.cn/task/?t=${payload}#wechat_redirect`],
      ['chat text around it', `张三 10:02\n请大家点开 https://x.cn/task/?t=${payload} 完成学习，谢谢！`],
      ['a percent-encoded link', `https://x.cn/r?u=${encodeURIComponent(`https://x.cn/task/#t=${payload}`)}`],
      ['a damaged copy before a good one', `#t=${payload.slice(0, 30)} …… ?t=${payload}`],
    ])('in %s', (_, href) => {
      expect(parseTaskFromUrl(href)).toMatchObject({ ok: true, task });
    });

    it('and says what is wrong when it is missing or cut short', () => {
      expect(parseTaskFromUrl('https://x.cn/task/?from=singlemessage')).toMatchObject({ ok: false, reason: 'missing' });
      expect(parseTaskFromUrl(`https://x.cn/task/?t=${payload.slice(0, -4)}`)).toMatchObject({
        ok: false,
        reason: 'damaged',
        error: expect.stringMatching(/不完整/),
      });
      expect(parseTaskFromUrl('https://x.cn/task/?at=abc&st=1')).toMatchObject({ ok: false, reason: 'missing' });
    });
  });
});

describe('receipts', PROPERTY_TIMEOUT, () => {
  it('round-trip, dropping only the seconds', () => {
    const text = encodeReceipt({ ...receipt, completedAt: receipt.completedAt + 42_000 });
    expect(text).toMatch(/^HJR2-[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(120);
    expect(decodeReceipt(text)).toEqual({ ok: true, receipt });
  });

  it('round-trip any valid receipt', () => {
    fc.assert(
      fc.property(receiptArb, (r) => {
        const result = decodeReceipt(encodeReceipt(r));
        expect(result.ok && result.receipt).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('reject random strings, truncations and single-character changes, or decode to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const v of [s, `HJR1-${s}`, `HJR2-${s}`]) {
          const result = decodeReceipt(v);
          if (!result.ok) expect(result.error).toMatch(/回执/);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(receiptArb, fc.nat(), fc.nat(), (r, at, pick) => {
        const text = encodeReceipt(r);
        const i = 5 + (at % (text.length - 5));
        const variants = [
          text.slice(0, i),
          text.slice(0, i) + text.slice(i + 1),
          text.slice(0, i) + base64Chars[pick % 64] + text.slice(i + 1),
          text.slice(0, i) + base64Chars[pick % 64] + text.slice(i),
        ];
        for (const v of variants) {
          const result = decodeReceipt(v);
          if (result.ok) expect(result.receipt).toEqual(r);
          else expect(result.error).toMatch(/回执/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('say a receipt from a newer site is newer', () => {
    expect(decodeReceipt(encodeReceipt(receipt).replace('HJR2-', 'HJR3-'))).toMatchObject({
      ok: false,
      reason: 'newer',
      error: expect.stringMatching(/新版/),
    });
  });
});
