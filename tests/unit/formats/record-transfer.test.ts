/**
 * Record codes (HJXL1.…) and export files (hj-training-progress, version 1) as published:
 * trainees have moved their records between devices with these. The code and file below were
 * made by the site from tests/fixtures/formats/progress-v2.json and are literals.
 *
 * Changing the format: add a version (HJXL2., or file version 2) that importCode / importProgress
 * read beside version 1, which keeps reading everything below; never edit a published line or file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressData } from '../../../src/lib/progress/record';
import { exportCode, exportProgress, importCode, importProgress } from '../../../src/lib/progress/transfer';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const RECORD = JSON.parse(fixture('progress-v2.json')) as ProgressData;
const EXPORTED_AT = '2026-12-04T06:05:00.000Z';

const PUBLISHED_CODES: { data: ProgressData; exportedAt: string; code: string }[] = [
  {
    data: emptyProgress(),
    exportedAt: '2026-01-01T00:00:00.000Z',
    code: 'HJXL1.eyJmb3JtYXQiOiJoai10cmFpbmluZy1wcm9ncmVzcyIsInZlcnNpb24iOjEsImV4cG9ydGVkQXQiOiIyMDI2LTAxLTAxVDAwOjAwOjAwLjAwMFoiLCJwcm9ncmVzcyI6eyJ2ZXJzaW9uIjoyLCJwcm9maWxlIjpudWxsLCJsZXNzb25zIjp7fSwibW9kdWxlcyI6e30sIndyb25nIjp7fSwiZHJhZnRzIjp7fX19.ge0f0l',
  },
  {
    data: { ...emptyProgress(), profile: { name: '李四', unit: '西村' } },
    exportedAt: '2026-12-01T00:00:00.000Z',
    code: 'HJXL1.eyJmb3JtYXQiOiJoai10cmFpbmluZy1wcm9ncmVzcyIsInZlcnNpb24iOjEsImV4cG9ydGVkQXQiOiIyMDI2LTEyLTAxVDAwOjAwOjAwLjAwMFoiLCJwcm9ncmVzcyI6eyJ2ZXJzaW9uIjoyLCJwcm9maWxlIjp7Im5hbWUiOiLmnY7lm5siLCJ1bml0Ijoi6KW_5p2RIn0sImxlc3NvbnMiOnt9LCJtb2R1bGVzIjp7fSwid3JvbmciOnt9LCJkcmFmdHMiOnt9fX0.1r33704',
  },
  { data: RECORD, exportedAt: EXPORTED_AT, code: fixture('record-code-v1.txt').trim() },
];

describe('published record codes (HJXL1)', () => {
  it.each(PUBLISHED_CODES)('a code exported at $exportedAt still imports whole', ({ data, exportedAt, code }) => {
    expect(importCode(`我的学习记录码：\n${code}\n（请完整复制）`)).toEqual({ ok: true, data, exportedAt });
  });

  it.each(PUBLISHED_CODES)(
    'the record exported at $exportedAt still gives the very same code',
    ({ data, exportedAt, code }) => {
      expect(exportCode(data, exportedAt)).toBe(code);
    },
  );
});

describe('a published export file (hj-training-progress, version 1)', () => {
  it('still imports whole', () => {
    expect(importProgress(fixture('export-file-v1.json'))).toEqual({ ok: true, data: RECORD, exportedAt: EXPORTED_AT });
  });

  it('is still written byte for byte the same', () => {
    expect(`${exportProgress(RECORD, EXPORTED_AT)}\n`).toBe(fixture('export-file-v1.json'));
  });
});
