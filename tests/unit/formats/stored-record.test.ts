/**
 * The progress record as browsers store it (localStorage `hj-progress`), version 2, and
 * what the version-1 records of tests/fixtures/progress-v1/ (taken from a real browser) become.
 * Both fixtures here were written once and are literals.
 *
 * Changing the format: add a version whose decoder upgrades versions 1 and 2 in memory; add its
 * fixtures beside these; never edit a published fixture (a real browser still holds its shape).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress, PROGRESS_VERSION } from '../../../src/lib/progress/record';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const V1 = readdirSync(new URL('../../fixtures/progress-v1/', import.meta.url)).filter((f) => !f.startsWith('export'));

describe('a stored version-2 record', () => {
  it('decodes to exactly what was stored', () => {
    const stored = read('formats/progress-v2.json');
    expect(decodeProgress(stored)).toEqual({ ok: true, data: stored });
  });

  it('is still the version the site writes (a new version needs its own fixture)', () => {
    expect(PROGRESS_VERSION).toBe(2);
  });
});

describe.each(V1)('the stored version-1 record %s', (name) => {
  it('still upgrades to the same version-2 record', () => {
    expect(decodeProgress(read(`progress-v1/${name}`))).toEqual({
      ok: true,
      data: read(`formats/progress-v1-upgraded/${name}`),
    });
  });
});
