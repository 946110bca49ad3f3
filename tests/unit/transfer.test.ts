import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/data';
import { recordTest } from '../../src/lib/progress/rules';
import { exportProgress, FILE_FORMAT, importProgress } from '../../src/lib/progress/transfer';

const data = recordTest(emptyProgress(), 'vote', {
  seed: 1,
  size: 5,
  responses: { q: [0, 2] },
  percent: 80,
  passed: true,
  at: '2026-11-26',
});

describe('progress files', () => {
  it('round-trips an export', () => {
    const file = exportProgress(data, '2026-11-26T10:00:00Z');
    expect(JSON.parse(file)).toMatchObject({ format: FILE_FORMAT, version: 1 });
    expect(importProgress(file)).toEqual({ ok: true, data, exportedAt: '2026-11-26T10:00:00Z' });
  });

  it.each([
    ['not JSON', 'hello', /JSON 格式有误/],
    ['JSON of another kind', '{"a":1}', /不是本网站导出的学习记录文件/],
    ['a file from a newer site', JSON.stringify({ format: FILE_FORMAT, version: 9, progress: {} }), /更新版本/],
    [
      'damaged progress',
      JSON.stringify({
        format: FILE_FORMAT,
        version: 1,
        progress: { version: 1, modules: { v: { best: 'x' } }, wrong: {} },
      }),
      /不完整或已损坏/,
    ],
    ['a huge file', 'x'.repeat(1024 * 1024 + 1), /文件太大/],
  ])('rejects %s with a reason', (_, text, reason) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});
