import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/lib/base64url';
import { ByteWriter, withChecksum } from '../../src/lib/task/bytes';
import { chinaDateTime, daysLeft } from '../../src/lib/task/dates';
import { decodeTask, taskProblems } from '../../src/lib/task/link';
import { decodeReceipt, receiptProblems } from '../../src/lib/task/receipt';
import { buildResults } from '../../src/lib/task/results';
import { resultsTable } from '../../src/lib/task/results-table';

/**
 * A checksum only catches accidents: anyone can write a body with a valid one. These tests feed
 * the body parsers such bodies, so every field's range check is exercised, not just the CRC.
 */
const PROPERTY_TIMEOUT = { timeout: 60_000 };

const taskPayload = (w: ByteWriter) => toBase64Url(withChecksum(w.bytes()));
const receiptCode = (w: ByteWriter) => `HJR1-${toBase64Url(withChecksum(w.bytes()))}`;

/** A decoded receipt must also survive what 成绩汇总 does with it: the table and its times. */
function expectUsableReceipt(code: string): void {
  const result = decodeReceipt(code);
  if (!result.ok) {
    expect(result.error).toMatch(/回执/);
    return;
  }
  expect(receiptProblems(result.receipt)).toEqual([]);
  expect(chinaDateTime(result.receipt.completedAt)).toMatch(/^2[01]\d\d-\d\d-\d\d \d\d:\d\d$/);
  const table = resultsTable(buildResults([code], null, []), []);
  expect(table).toHaveLength(2);
}

function expectUsableTask(payload: string): void {
  const result = decodeTask(payload);
  if (!result.ok) {
    expect(result.error).toMatch(/任务链接/);
    return;
  }
  expect(taskProblems(result.task)).toEqual([]);
  if (result.task.deadline !== null) {
    expect(result.task.deadline >= '2020-01-01' && result.task.deadline <= '2100-12-31').toBe(true);
    expect(daysLeft(result.task.deadline, Date.UTC(2026, 11, 1))).toEqual(expect.any(Number));
  }
}

describe('crafted bodies with a valid checksum', PROPERTY_TIMEOUT, () => {
  it('a task link with a deadline far beyond 2100 is called damaged, not a crash', () => {
    const w = new ByteWriter()
      .byte(1)
      .text('t')
      .text('u')
      .varint(2 ** 40)
      .byte(80)
      .varint(1)
      .text('ov')
      .text('');
    expect(decodeTask(taskPayload(w))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('a task link whose deadline is 2100-12-31 still opens, and the day after does not', () => {
    const day = (date: string) => Math.round((Date.parse(date) - Date.UTC(2020, 0, 1)) / 86_400_000) + 1;
    const link = (date: string) =>
      taskPayload(
        new ByteWriter().byte(1).text('t').text('u').varint(day(date)).byte(80).varint(1).text('ov').text(''),
      );
    expect(decodeTask(link('2100-12-31'))).toMatchObject({ ok: true, task: { deadline: '2100-12-31' } });
    expect(decodeTask(link('2101-01-01'))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('the reviewed receipt with a completion time beyond any date is called damaged', () => {
    expect(decodeReceipt('HJR1-AAAABQVfIE4JBWfQZ1GA1LGVnAQAAQRvdloAGyI')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/回执码不完整或有改动/),
    });
    const far = new ByteWriter()
      .uint32(5)
      .text('张三')
      .text('某村')
      .varint(2 ** 37)
      .byte(0)
      .varint(1);
    far.text('ov').byte(90).varint(0);
    expect(decodeReceipt(receiptCode(far))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('a receipt finished in the last minute of 2100 is kept and shown', () => {
    const minutes = (Date.UTC(2100, 11, 31, 23, 59) - Date.UTC(2020, 0, 1)) / 60_000;
    const code = receiptCode(
      new ByteWriter()
        .uint32(5)
        .text('张三')
        .text('某村')
        .varint(minutes)
        .byte(0)
        .varint(1)
        .text('ov')
        .byte(90)
        .varint(0),
    );
    expect(decodeReceipt(code).ok).toBe(true);
    expect(resultsTable(buildResults([code], null, []), [])[1]).toContain('2101-01-01 07:59');
    const next = receiptCode(
      new ByteWriter()
        .uint32(5)
        .text('张三')
        .text('某村')
        .varint(minutes + 1)
        .byte(0)
        .varint(1)
        .text('ov')
        .byte(90)
        .varint(0),
    );
    expect(decodeReceipt(next).ok).toBe(false);
  });

  it('random task bodies never throw and decode only to tasks the page can show', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expectUsableTask(toBase64Url(withChecksum(Uint8Array.of(1, ...bytes))));
      }),
      { numRuns: 1000 },
    );
  });

  it('task bodies with well-formed fields but any numbers never throw', () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.nat({ max: 255 }),
        fc.nat({ max: 40 }),
        fc.array(fc.stringMatching(/^[a-z0-9]{0,13}$/), { maxLength: 3 }),
        (day, passMark, count, codes) => {
          const w = new ByteWriter().byte(1).text('标题').text('单位').varint(day).byte(passMark).varint(count);
          for (const c of codes) w.text(c);
          expectUsableTask(taskPayload(w.text('')));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('random receipt bodies never throw and decode only to receipts the table can show', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expectUsableReceipt(`HJR1-${toBase64Url(withChecksum(bytes))}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('receipt bodies with well-formed fields but any numbers never throw', () => {
    // Mostly in-range values with the odd extreme one, so a body often gets past every other check.
    const mostly = (low: number, high: number, extreme: fc.Arbitrary<number>) =>
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: low, max: high }) }, { weight: 1, arbitrary: extreme });
    let decoded = 0;
    fc.assert(
      fc.property(
        mostly(0, 2 ** 30 - 1, fc.nat({ max: 0xffffffff })),
        fc.oneof(fc.nat({ max: 60 * 24 * 366 * 81 }), fc.maxSafeNat()),
        mostly(0, 1, fc.nat({ max: 255 })),
        mostly(1, 3, fc.nat({ max: 40 })),
        mostly(0, 100, fc.nat({ max: 255 })),
        fc.array(fc.oneof(fc.nat({ max: 50 }), fc.maxSafeNat()), { maxLength: 3 }),
        (taskNumber, minute, flags, count, score, gaps) => {
          const w = new ByteWriter().uint32(taskNumber).text('张三').text('某村').varint(minute).byte(flags);
          w.varint(count);
          for (let i = 0; i < Math.min(count, 3); i++) {
            w.text(`m${i}`).byte(score).varint(gaps.length);
            for (const g of gaps) w.varint(g);
          }
          const code = receiptCode(w);
          expectUsableReceipt(code);
          if (decodeReceipt(code).ok) decoded++;
        },
      ),
      { numRuns: 1000 },
    );
    // The generator must reach the fields' own checks, not stop at the first malformed one.
    expect(decoded).toBeGreaterThan(50);
  });
});
