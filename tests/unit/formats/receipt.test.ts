/**
 * Receipts as published: trainees have pasted these codes into chat groups, and trainers keep
 * them in 成绩汇总. The codes below were made by the site and are literals.
 *
 * Changing the format: add a version (HJR2-…) whose decoder lives beside version 1's, which
 * keeps reading every code below; add lines for the new version; never edit a published line.
 */
import { describe, expect, it } from 'vitest';
import { decodeReceipt, encodeReceipt, findReceipts, type Receipt } from '../../../src/lib/task/receipt';

const PUBLISHED: { receipt: Receipt; code: string }[] = [
  {
    receipt: {
      taskId: 'QYBV8H',
      name: '张三',
      unit: '东村',
      completedAt: Date.UTC(2026, 11, 20, 8, 30),
      partial: false,
      modules: [
        { code: 'ov', best: 100, wrong: [] },
        { code: 've', best: 90, wrong: [4] },
        { code: 'dc', best: 85, wrong: [1, 7, 12] },
      ],
    },
    code: 'HJR1-L-XtEQVfIE4JBU4cZ1Ge298BAAMEb3ZkAAR2ZVoBBARkY1UDAQYFhn4',
  },
  {
    receipt: {
      taskId: 'ZHWK91',
      name: 'Li Si',
      unit: 'West Village',
      completedAt: Date.UTC(2020, 0, 1, 0, 0),
      partial: true,
      modules: [{ code: 'ed', best: null, wrong: [] }],
    },
    code: 'HJR1-Px5NIQpMaSBTaRhXZXN0IFZpbGxhZ2UAAQEEZWT_APiV',
  },
  {
    receipt: {
      taskId: 'VXTPD3',
      name: '欧阳娜娜',
      unit: '幸福社区居委会',
      completedAt: Date.UTC(2100, 11, 31, 15, 59),
      partial: true,
      modules: [
        { code: 'ce', best: 0, wrong: [0, 1, 2, 3, 200, 9999] },
        { code: 'mb', best: null, wrong: [] },
      ],
    },
    code: 'HJR1-N91ZowlrJ5YzWhxaHA9eeHmPeT5TOlxFWdRPGr-bqBQBAgRjZQAGAAEBAcUBx0wEbWL_AH__',
  },
];

// Version 1 codes are no longer written, but every one already sent must still read.
describe('published receipts (version 1)', () => {
  it.each(PUBLISHED)('$receipt.name’s code still decodes to what the trainee sent', ({ receipt, code }) => {
    expect(decodeReceipt(code)).toEqual({ ok: true, receipt });
    expect(findReceipts(`【培训群】${receipt.name} 12:01\n回执：${code}`).found).toEqual([{ code, receipt }]);
  });
});

/** Version 2 (issue 18) adds each module's lessons read; the site has written it since 2026-12-07. */
const PUBLISHED_V2: { receipt: Receipt; code: string }[] = [
  {
    receipt: {
      taskId: 'QYBV8H',
      name: '张三',
      unit: '东村',
      completedAt: Date.UTC(2026, 11, 20, 8, 30),
      partial: false,
      modules: [
        { code: 'ov', best: 100, wrong: [], lessons: { read: 4, total: 4 } },
        { code: 've', best: 90, wrong: [4], lessons: { read: 3, total: 5 } },
      ],
    },
    code: 'HJR2-L-XtEQVfIE4JBU4cZ1Ge298BAAIEb3ZkAAQEBHZlWgEEAwXKqA',
  },
  {
    receipt: {
      taskId: 'ZHWK91',
      name: 'Li Si',
      unit: 'West Village',
      completedAt: Date.UTC(2020, 0, 1, 0, 0),
      partial: true,
      modules: [{ code: 'ed', best: null, wrong: [], lessons: { read: 0, total: 6 } }],
    },
    code: 'HJR2-Px5NIQpMaSBTaRhXZXN0IFZpbGxhZ2UAAQEEZWT_AAAGKbI',
  },
];

describe('published receipts (version 2)', () => {
  it.each(PUBLISHED_V2)('$receipt.name’s code still decodes to what the trainee sent', ({ receipt, code }) => {
    expect(decodeReceipt(code)).toEqual({ ok: true, receipt });
  });

  it.each(PUBLISHED_V2)('$receipt.name’s receipt is still encoded to the very same code', ({ receipt, code }) => {
    expect(encodeReceipt(receipt)).toBe(code);
  });
});
