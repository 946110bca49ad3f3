/**
 * What the browser keeps under each storage key, as text: the progress record (`hj-progress`,
 * version 3) and the trainer's receipts (`hj-trainer-results`, version 2; version 1 is still read). Real browsers hold
 * these strings; a store must read them and write the same bytes for the same data.
 *
 * Changing the format: add a version the store still reads these beside; never edit a line here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProgressData } from '../../../src/lib/progress/record';
import { openStore, STORAGE_KEY } from '../../../src/lib/progress/store';
import { openResultsStore, RESULTS_KEY } from '../../../src/lib/task/results-store';

/** One key of localStorage, as the browser keeps it. */
function storageWith(entries: [string, string][] = []) {
  const items = new Map(entries);
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

const RECORD_TEXT = JSON.stringify(
  JSON.parse(readFileSync(new URL('../../fixtures/progress-v3/practice-three-days.json', import.meta.url), 'utf8')),
);

const RESULTS_TEXT =
  '{"version":1,"task":"ARZTcHJpbmcgMjAyNwxDb3VudHkAPAEEZWQA_PU","codes":["HJR1-Px5NIQpMaSBTaRhXZXN0IFZpbGxhZ2UAAQEEZWT_APiV"]}';

describe('the stored progress record (hj-progress, version 3)', () => {
  it('is read as it was stored', () => {
    const store = openStore(() => storageWith([[STORAGE_KEY, RECORD_TEXT]]));
    expect(store.status()).toBe('ok');
    expect(store.read()).toEqual(JSON.parse(RECORD_TEXT) as ProgressData);
  });

  it('is written byte for byte the same', () => {
    const storage = storageWith();
    expect(openStore(() => storage).update(() => JSON.parse(RECORD_TEXT) as ProgressData)).toBe('ok');
    expect(storage.items.get('hj-progress')).toBe(RECORD_TEXT);
  });
});

const RESULTS_V1 = {
  task: 'ARZTcHJpbmcgMjAyNwxDb3VudHkAPAEEZWQA_PU',
  codes: ['HJR1-Px5NIQpMaSBTaRhXZXN0IFZpbGxhZ2UAAQEEZWT_APiV'],
};

describe('the stored receipts (hj-trainer-results, version 1)', () => {
  it('are read as they were stored, with no 名单 and no pairings', () => {
    const store = openResultsStore(() => storageWith([[RESULTS_KEY, RESULTS_TEXT]]));
    expect(store.status()).toBe('ok');
    expect(store.read()).toEqual({ version: 2, ...RESULTS_V1, rosters: {}, pairs: {} });
  });
});

/** Version 2 (issue 18): the 名单 per task and the trainer's pairings. */
const RESULTS_V2_TEXT =
  '{"version":2,"task":"ARZTcHJpbmcgMjAyNwxDb3VudHkAPAEEZWQA_PU","codes":["HJR1-Px5NIQpMaSBTaRhXZXN0IFZpbGxhZ2UAAQEEZWT_APiV"],"rosters":{"ZHWK91":"Li Si\\tWest Village\\n张三\\t东村"},"pairs":{"ZHWK91|lisi|westvillage":"张三|东村"}}';

const RESULTS_V2 = {
  version: 2 as const,
  ...RESULTS_V1,
  rosters: { ZHWK91: 'Li Si\tWest Village\n张三\t东村' },
  pairs: { 'ZHWK91|lisi|westvillage': '张三|东村' },
};

describe('the stored receipts (hj-trainer-results, version 2)', () => {
  it('are read as they were stored', () => {
    const store = openResultsStore(() => storageWith([[RESULTS_KEY, RESULTS_V2_TEXT]]));
    expect(store.status()).toBe('ok');
    expect(store.read()).toEqual(RESULTS_V2);
  });

  it('are written byte for byte the same', () => {
    const storage = storageWith();
    expect(openResultsStore(() => storage).update(() => RESULTS_V2)).toBe('ok');
    expect(storage.items.get('hj-trainer-results')).toBe(RESULTS_V2_TEXT);
  });
});
