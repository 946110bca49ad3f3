import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION } from '../../src/lib/progress/record';
import { recordTest } from '../../src/lib/progress/attempts';
import { openStore, storageNotice, STORAGE_KEY } from '../../src/lib/progress/store';
import type { StorageLike } from '../../src/lib/storage/record-store';

function memory(initial?: string, { full = false } = {}): StorageLike & { value: string | null; writes: number } {
  return {
    value: initial ?? null,
    writes: 0,
    getItem(key) {
      return key === STORAGE_KEY ? this.value : null;
    },
    setItem(key, value) {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      this.writes++;
      if (key === STORAGE_KEY) this.value = value;
    },
  };
}
const test = (percent: number, passed: boolean) => ({
  paper: [],
  responses: {},
  wrong: [],
  percent,
  passed,
  at: '2026-11-20T08:00:00Z',
});
const passTest = (d = emptyProgress()) => recordTest(d, 'vote', test(100, true));

describe('the progress store', () => {
  it('starts empty, saves, and reads back what it saved', () => {
    const storage = memory();
    const store = openStore(() => storage);
    expect(store.status()).toBe('ok');
    expect(store.update((d) => passTest(d))).toBe('ok');
    const again = openStore(() => storage);
    expect(again.read().modules.vote?.best).toBe(100);
  });

  it('corrupt JSON: the quiz works in memory, nothing is written over the damaged data', () => {
    const storage = memory('{"version":1,"modules":{');
    const store = openStore(() => storage);
    expect(store.status()).toBe('unreadable');
    expect(store.update((d) => passTest(d))).toBe('unreadable');
    expect(store.read().modules.vote?.best).toBe(100);
    expect(storage.writes).toBe(0);
    expect(storage.value).toBe('{"version":1,"modules":{');
    expect(storageNotice('unreadable')).toMatch(/无法读取.*不保存/);
  });

  it('data in an unknown shape is treated like corrupt data and left alone', () => {
    const storage = memory(JSON.stringify({ version: 0, scores: [1, 2] }));
    const store = openStore(() => storage);
    expect(store.status()).toBe('unreadable');
    store.update((d) => passTest(d));
    expect(storage.writes).toBe(0);
  });

  it('data from a newer version of the site is kept and not overwritten', () => {
    const stored = JSON.stringify({ version: PROGRESS_VERSION + 1, modules: {}, wrong: {}, extra: true });
    const storage = memory(stored);
    const store = openStore(() => storage);
    expect(store.status()).toBe('newer');
    store.update((d) => passTest(d));
    expect(storage.value).toBe(stored);
    expect(storageNotice('newer')).toMatch(/新版网站/);
  });

  it('a full quota: the change stays in memory and the notice says it was not saved', () => {
    const before = JSON.stringify(passTest());
    const storage = memory(before, { full: true });
    const store = openStore(() => storage);
    expect(store.status()).toBe('ok');
    expect(store.update((d) => recordTest(d, 'law', test(40, false)))).toBe('full');
    expect(store.read().modules.law?.best).toBe(40);
    expect(storage.value).toBe(before);
    expect(storageNotice('full')).toMatch(/存储已满/);
  });

  it('storage blocked (access throws, as in some in-app browsers): works for the session', () => {
    const store = openStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.status()).toBe('blocked');
    expect(store.update((d) => passTest(d))).toBe('blocked');
    expect(store.read().modules.vote?.passed).toBe(true);
    expect(storageNotice('blocked')).toMatch(/不能保存数据/);
  });

  it('no storage at all behaves as blocked', () => {
    expect(openStore(() => null).status()).toBe('blocked');
  });

  it('has nothing to say when all is well', () => {
    expect(storageNotice('ok')).toBeNull();
  });
});

describe('overwrite, the trainee’s explicit fresh start', () => {
  it('replaces unreadable data only when asked', () => {
    const storage = memory('garbage');
    const store = openStore(() => storage);
    expect(store.status()).toBe('unreadable');
    expect(store.overwrite(emptyProgress())).toBe('ok');
    expect(JSON.parse(storage.value!)).toEqual(emptyProgress());
    expect(store.update((d) => passTest(d))).toBe('ok');
  });
});
