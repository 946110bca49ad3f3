import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/lib/progress/record';
import { PROGRESS_VERSION } from '../../src/lib/progress/record';
import { recordAnswers } from '../../src/lib/progress/rules';
import { openStore, STORAGE_KEY } from '../../src/lib/progress/store';
import type { StorageLike } from '../../src/lib/storage/record-store';

/** One localStorage shared by several tabs: what one writes, the others read. */
function sharedStorage(initial: string | null = null) {
  const listeners: (() => void)[] = [];
  const storage: StorageLike & { value: string | null } = {
    value: initial,
    getItem(key) {
      return key === STORAGE_KEY ? this.value : null;
    },
    setItem(key, value) {
      if (key !== STORAGE_KEY) return;
      this.value = value;
      // A real browser fires `storage` in every other tab; here, in every tab that listens.
      listeners.forEach((l) => l());
    },
  };
  const watch = (changed: () => void) => listeners.push(changed);
  return { storage, watch };
}

const mistake =
  (id: string, at = '2026-11-20T08:00:00Z') =>
  (d: Parameters<typeof recordAnswers>[0]) =>
    recordAnswers(d, [{ id, module: 'village-election', correct: false }], at);

describe('the store under two writers', () => {
  it('two tabs each adding a mistake keep both', () => {
    const { storage } = sharedStorage();
    const first = openStore(() => storage);
    const second = openStore(() => storage);
    first.update(mistake('village-election-01'));
    second.update(mistake('village-election-02'));
    first.update(mistake('village-election-03'));
    const stored = decodeProgress(JSON.parse(storage.value!));
    expect(stored.ok && Object.keys(stored.data.wrong).sort()).toEqual([
      'village-election-01',
      'village-election-02',
      'village-election-03',
    ]);
    expect(Object.keys(first.read().wrong)).toHaveLength(3);
  });

  it('a tab reads what another tab saved without reopening', () => {
    const { storage } = sharedStorage();
    const first = openStore(() => storage);
    const second = openStore(() => storage);
    second.update(mistake('village-election-07'));
    expect(first.read().wrong['village-election-07']).toBeDefined();
  });
});

describe('storage events', () => {
  it('tell subscribers of a change made in another tab', () => {
    const { storage, watch } = sharedStorage();
    const first = openStore(() => storage, watch);
    const second = openStore(() => storage, watch);
    const heard: number[] = [];
    first.subscribe(() => heard.push(Object.keys(first.read().wrong).length));
    second.update(mistake('village-election-04'));
    expect(heard).toContain(1);
  });

  it('tell subscribers of a change made by another island on the same page', () => {
    const { storage } = sharedStorage();
    const store = openStore(() => storage);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.update(mistake('village-election-05'));
    stop();
    store.update(mistake('village-election-06'));
    expect(calls).toBe(1);
  });

  it('stop saving when another tab leaves data this page cannot read', () => {
    const { storage, watch } = sharedStorage();
    const store = openStore(() => storage, watch);
    store.update(mistake('village-election-01'));
    storage.value = JSON.stringify({ version: 99, anything: true });
    const newer = storage.value;
    expect(store.update(mistake('village-election-02'))).toBe('newer');
    expect(storage.value).toBe(newer);
  });
});

describe('a full quota', () => {
  it('keeps the unsaved change and saves it with the next one that fits', () => {
    const { storage } = sharedStorage();
    let full = true;
    const flaky: StorageLike = {
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const store = openStore(() => flaky);
    expect(store.update(mistake('village-election-01'))).toBe('full');
    full = false;
    expect(store.update(mistake('village-election-02'))).toBe('ok');
    const stored = decodeProgress(JSON.parse(storage.value!));
    expect(stored.ok && Object.keys(stored.data.wrong).sort()).toEqual(['village-election-01', 'village-election-02']);
  });
});

describe('a version-1 record', () => {
  const v1 = readFileSync(
    new URL('../fixtures/progress-v1/two-modules-and-practice.json', import.meta.url),
    'utf8',
  ).trim();

  it('is read as it is and left untouched until the first change', () => {
    const { storage } = sharedStorage(v1);
    const store = openStore(() => storage);
    expect(store.status()).toBe('ok');
    expect(store.read().modules['village-election']?.best).toBe(30);
    expect(storage.value).toBe(v1);
  });

  it('is written back in the current version on the first change, with nothing dropped', () => {
    const { storage } = sharedStorage(v1);
    const store = openStore(() => storage);
    store.update(mistake('overview-01'));
    const written = JSON.parse(storage.value!);
    expect(written.version).toBe(PROGRESS_VERSION);
    const before = JSON.parse(v1);
    expect(Object.keys(written.wrong).sort()).toEqual([...Object.keys(before.wrong), 'overview-01'].sort());
    expect(written.modules['village-election']).toMatchObject({ best: 30, attempts: 2, passed: false });
    expect(written.modules['village-election'].last.responses).toEqual(
      before.modules['village-election'].last.responses,
    );
  });
});
