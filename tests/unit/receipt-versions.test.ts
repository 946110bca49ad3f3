/**
 * Receipt codes already sent in chat groups: each published version must keep decoding to what it
 * carried. Add a line for every new version; never change one (the codes sit in people's chats).
 */
import { describe, expect, it } from 'vitest';
import { decodeReceipt, encodeReceipt, type Receipt } from '../../src/lib/task/receipt';

const base: Omit<Receipt, 'modules'> = {
  taskId: 'K3F9QX',
  name: '张红梅',
  unit: '东风镇红旗村',
  completedAt: Date.UTC(2026, 11, 18, 2, 30),
  partial: true,
};

describe('published receipt versions', () => {
  it('version 1 (no lessons) still decodes, with lessons not reported', () => {
    expect(decodeReceipt('HJR1-Jjem_QdfIH6iaIUNThyYzpVHfqJl12dR9sHfAQECBG92WgIDBQRkY_8ATXw')).toEqual({
      ok: true,
      receipt: {
        ...base,
        modules: [
          { code: 'ov', best: 90, wrong: [3, 8] },
          { code: 'dc', best: null, wrong: [] },
        ],
      },
    });
  });

  it('version 2 carries the lessons read of each module, and is what the task page writes', () => {
    const v2: Receipt = {
      ...base,
      modules: [
        { code: 'ov', best: 90, wrong: [3, 8], lessons: { read: 5, total: 6 } },
        { code: 'dc', best: null, wrong: [], lessons: { read: 0, total: 4 } },
      ],
    };
    const code = 'HJR2-Jjem_QdfIH6iaIUNThyYzpVHfqJl12dR9sHfAQECBG92WgIDBQUGBGRj_wAABEg_';
    expect(decodeReceipt(code)).toEqual({ ok: true, receipt: v2 });
    expect(encodeReceipt(v2)).toBe(code);
  });
});
