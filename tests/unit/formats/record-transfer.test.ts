/**
 * Record codes (HJXL1.…) and export files (hj-training-progress, version 1) as published:
 * trainees have moved their records between devices with these. The codes and file below were
 * made by the site and are literals: those holding a version-2 record (from
 * tests/fixtures/formats/progress-v2.json) before 每日一练, one holding version 3 after it.
 *
 * Changing the format: add a version (HJXL2., or file version 2) that importCode / importProgress
 * read beside version 1, which keeps reading everything below; never edit a published line or file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProgressData } from '../../../src/lib/progress/record';
import { exportCode, exportProgress, importCode, importProgress } from '../../../src/lib/progress/transfer';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const RECORD_V2 = JSON.parse(fixture('progress-v2.json')) as Omit<ProgressData, 'version' | 'practice'>;
const RECORD_V3 = JSON.parse(
  readFileSync(new URL('../../fixtures/progress-v3/practice-three-days.json', import.meta.url), 'utf8'),
) as ProgressData;
const EXPORTED_AT = '2026-12-04T06:05:00.000Z';

/** What a version-2 record reads as today: the same, with version 3's empty 每日一练 schedule. */
const asVersion3 = (v2: object) => ({
  ...v2,
  version: 3,
  practice: { cards: {}, days: [], today: null, size: 5, focus: [] },
});
const EMPTY_V2 = { version: 2, profile: null, lessons: {}, modules: {}, wrong: {}, drafts: {} };

const PUBLISHED_CODES: { data: object; exportedAt: string; code: string }[] = [
  {
    data: EMPTY_V2,
    exportedAt: '2026-01-01T00:00:00.000Z',
    code: 'HJXL1.eyJmb3JtYXQiOiJoai10cmFpbmluZy1wcm9ncmVzcyIsInZlcnNpb24iOjEsImV4cG9ydGVkQXQiOiIyMDI2LTAxLTAxVDAwOjAwOjAwLjAwMFoiLCJwcm9ncmVzcyI6eyJ2ZXJzaW9uIjoyLCJwcm9maWxlIjpudWxsLCJsZXNzb25zIjp7fSwibW9kdWxlcyI6e30sIndyb25nIjp7fSwiZHJhZnRzIjp7fX19.ge0f0l',
  },
  {
    data: { ...EMPTY_V2, profile: { name: '李四', unit: '西村' } },
    exportedAt: '2026-12-01T00:00:00.000Z',
    code: 'HJXL1.eyJmb3JtYXQiOiJoai10cmFpbmluZy1wcm9ncmVzcyIsInZlcnNpb24iOjEsImV4cG9ydGVkQXQiOiIyMDI2LTEyLTAxVDAwOjAwOjAwLjAwMFoiLCJwcm9ncmVzcyI6eyJ2ZXJzaW9uIjoyLCJwcm9maWxlIjp7Im5hbWUiOiLmnY7lm5siLCJ1bml0Ijoi6KW_5p2RIn0sImxlc3NvbnMiOnt9LCJtb2R1bGVzIjp7fSwid3JvbmciOnt9LCJkcmFmdHMiOnt9fX0.1r33704',
  },
  { data: RECORD_V2, exportedAt: EXPORTED_AT, code: fixture('record-code-v1.txt').trim() },
];

describe('published record codes (HJXL1)', () => {
  it.each(PUBLISHED_CODES)(
    'a version-2 code exported at $exportedAt still imports whole',
    ({ data, exportedAt, code }) => {
      expect(importCode(`我的学习记录码：\n${code}\n（请完整复制）`)).toEqual({
        ok: true,
        data: asVersion3(data),
        exportedAt,
      });
    },
  );

  it('a version-3 record still gives the very same code', () => {
    expect(exportCode(RECORD_V3, '2026-11-04T12:00:00.000Z')).toBe(
      readFileSync(new URL('../../fixtures/progress-v3/practice-three-days.code.txt', import.meta.url), 'utf8').trim(),
    );
  });
});

describe('published export files (hj-training-progress, version 1)', () => {
  it('one holding a version-2 record still imports whole', () => {
    expect(importProgress(fixture('export-file-v1.json'))).toEqual({
      ok: true,
      data: asVersion3(RECORD_V2),
      exportedAt: EXPORTED_AT,
    });
  });

  it('one holding a version-3 record imports whole and is still written byte for byte the same', () => {
    const file = fixture('export-file-v1-record-v3.json');
    expect(importProgress(file)).toEqual({ ok: true, data: RECORD_V3, exportedAt: EXPORTED_AT });
    expect(`${exportProgress(RECORD_V3, EXPORTED_AT)}\n`).toBe(file);
  });
});
