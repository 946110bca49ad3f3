/**
 * The progress record as browsers store it (localStorage `hj-progress`): version 2, and what
 * the version-1 records of tests/fixtures/progress-v1/ (taken from a real browser) became in
 * version 2; both read today as version 3 with an empty 每日一练 schedule. Version 3 itself is
 * pinned by tests/unit/progress-v3.test.ts. The fixtures were written once and are literals.
 *
 * Changing the format: add a version whose decoder upgrades versions 1 and 2 in memory; add its
 * fixtures beside these; never edit a published fixture (a real browser still holds its shape).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress, PROGRESS_VERSION } from '../../../src/lib/progress/record';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const V1 = readdirSync(new URL('../../fixtures/progress-v1/', import.meta.url)).filter((f) => !f.startsWith('export'));

/** A version-2 record as version 3 reads it: the same, with an empty schedule. */
const asVersion3 = (v2: object) => ({
  ...v2,
  version: 3,
  practice: { cards: {}, days: [], today: null, size: 5, focus: [] },
});

describe('a stored version-2 record', () => {
  it('decodes to exactly what was stored, with an empty 每日一练 schedule', () => {
    expect(decodeProgress(read('formats/progress-v2.json'))).toEqual({
      ok: true,
      data: asVersion3(read('formats/progress-v2.json')),
    });
  });

  it('is one version behind the site’s (a new version needs fixtures of its own, as 3 has)', () => {
    expect(PROGRESS_VERSION).toBe(3);
  });
});

describe.each(V1)('the stored version-1 record %s', (name) => {
  it('still upgrades to the same record', () => {
    expect(decodeProgress(read(`progress-v1/${name}`))).toEqual({
      ok: true,
      data: asVersion3(read(`formats/progress-v1-upgraded/${name}`)),
    });
  });
});
