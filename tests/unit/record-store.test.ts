// @vitest-environment happy-dom
/**
 * The one record store (lib/storage/record-store.ts) on a small record of its own, so what is
 * tested is the mechanism the progress record, 成绩汇总 and the calculator's draft all share.
 */
import { describe, expect, it } from 'vitest';
import {
  inBrowser,
  openRecordStore,
  storeNotice,
  type Decoded,
  type StorageLike,
} from '../../src/lib/storage/record-store';

const KEY = 'test-record';
interface Notes {
  version: 1;
  notes: string[];
}
const empty = (): Notes => ({ version: 1, notes: [] });
const decode = (value: unknown): Decoded<Notes> => {
  const v = value as Partial<Notes> | null;
  if (typeof v?.version === 'number' && v.version > 1) return { ok: false, reason: 'newer' };
  return v?.version === 1 && Array.isArray(v.notes)
    ? { ok: true, data: { version: 1, notes: v.notes } }
    : { ok: false, reason: 'invalid' };
};
const add = (note: string) => (d: Notes) => ({ ...d, notes: [...d.notes, note] });

/** One storage shared by several tabs; `others` fires what a browser's `storage` event would. */
function sharedStorage(initial: string | null = null) {
  const tabs: (() => void)[] = [];
  const storage: StorageLike & { value: string | null; writes: number; full: boolean } = {
    value: initial,
    writes: 0,
    full: false,
    getItem: (key) => (key === KEY ? storage.value : null),
    setItem(key, value) {
      if (storage.full) throw new DOMException('quota', 'QuotaExceededError');
      storage.writes++;
      if (key === KEY) storage.value = value;
    },
  };
  const open = () => {
    let heard = () => {};
    const store = openRecordStore(
      KEY,
      decode,
      empty,
      () => storage,
      (changed) => (heard = changed),
    );
    tabs.push(() => heard());
    return store;
  };
  const others = () => tabs.forEach((tab) => tab());
  return { storage, open, others };
}

describe('the record store', () => {
  it('starts empty and reads back what it saved, exactly as stored', () => {
    const { storage, open } = sharedStorage();
    expect(open().read()).toEqual(empty());
    expect(open().update(add('a'))).toBe('ok');
    expect(storage.value).toBe('{"version":1,"notes":["a"]}');
    expect(open().read().notes).toEqual(['a']);
  });

  it('keeps both of two writers’ changes: each change re-reads what the other saved', () => {
    const { storage, open } = sharedStorage();
    const first = open();
    const second = open();
    first.update(add('from the first tab'));
    second.update(add('from the second tab'));
    first.update(add('the first tab again'));
    expect(JSON.parse(storage.value!).notes).toEqual([
      'from the first tab',
      'from the second tab',
      'the first tab again',
    ]);
  });

  it('tells its subscribers about a change in another tab, once, and not after unsubscribing', () => {
    const { open, others } = sharedStorage();
    const here = open();
    const there = open();
    let heard = 0;
    const stop = here.subscribe(() => heard++);
    there.update(add('elsewhere'));
    others();
    expect(heard).toBe(1);
    expect(here.read().notes).toEqual(['elsewhere']);
    // An event that changed nothing (another key) is not news.
    others();
    expect(heard).toBe(1);
    stop();
    there.update(add('again'));
    others();
    expect(heard).toBe(1);
  });

  it('tells its subscribers about its own changes too', () => {
    const store = sharedStorage().open();
    let heard = 0;
    store.subscribe(() => heard++);
    store.update(add('a'));
    store.overwrite(empty());
    expect(heard).toBe(2);
  });

  it.each([
    ['damaged', '{"version":1,"notes":', 'unreadable'],
    ['in a shape it does not know', '{"version":0,"list":[1]}', 'unreadable'],
    ['from a newer site', '{"version":2,"notes":[],"more":true}', 'newer'],
  ] as const)('never writes over data that is %s, and works in memory', (_, raw, status) => {
    const { storage, open } = sharedStorage(raw);
    const store = open();
    expect(store.status()).toBe(status);
    expect(store.update(add('kept in memory'))).toBe(status);
    expect(store.read().notes).toEqual(['kept in memory']);
    expect(storage.value).toBe(raw);
    expect(storage.writes).toBe(0);
  });

  it('replaces unreadable data only through overwrite, the user’s explicit choice', () => {
    const { storage, open } = sharedStorage('garbage');
    const store = open();
    expect(store.overwrite(empty())).toBe('ok');
    expect(storage.value).toBe('{"version":1,"notes":[]}');
    expect(store.update(add('a'))).toBe('ok');
  });

  it('keeps a change that did not fit and saves it with the next one, on top of another tab’s', () => {
    const { storage, open } = sharedStorage();
    const first = open();
    storage.full = true;
    expect(first.update(add('did not fit'))).toBe('full');
    expect(first.read().notes).toEqual(['did not fit']);
    storage.full = false;
    open().update(add('other tab'));
    expect(first.update(add('next'))).toBe('ok');
    expect(JSON.parse(storage.value!).notes).toEqual(['other tab', 'did not fit', 'next']);
  });

  it('works for the visit when storage is blocked, and never throws', () => {
    const store = openRecordStore(KEY, decode, empty, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.status()).toBe('blocked');
    expect(store.update(add('a'))).toBe('blocked');
    expect(store.overwrite({ version: 1, notes: ['b'] })).toBe('blocked');
    expect(store.read().notes).toEqual(['b']);
    expect(openRecordStore(KEY, decode, empty, () => null).status()).toBe('blocked');
  });

  it('turns to blocked, without throwing, when reading starts to fail', () => {
    let blocked = false;
    const storage: StorageLike = {
      getItem: () => {
        if (blocked) throw new DOMException('denied', 'SecurityError');
        return null;
      },
      setItem: () => {},
    };
    const store = openRecordStore(KEY, decode, empty, () => storage);
    blocked = true;
    expect(store.update(add('a'))).toBe('blocked');
    expect(store.read().notes).toEqual(['a']);
  });
});

describe('the record store in the browser', () => {
  const open = () => {
    const store = openRecordStore(KEY, decode, empty, () => localStorage, inBrowser(KEY));
    let heard = 0;
    store.subscribe(() => heard++);
    return { store, heard: () => heard };
  };

  it('hears another tab through the `storage` event for its key or a cleared storage, not other keys', () => {
    localStorage.clear();
    const { store, heard } = open();
    localStorage.setItem(KEY, '{"version":1,"notes":["other tab"]}');
    dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(heard()).toBe(0);
    dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(heard()).toBe(1);
    expect(store.read().notes).toEqual(['other tab']);
    localStorage.clear();
    dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(heard()).toBe(2);
    expect(store.read().notes).toEqual([]);
  });

  it('re-reads when the page comes back from the back/forward cache, not on a first show', () => {
    localStorage.clear();
    const { store, heard } = open();
    // While the page slept in the cache, another page changed the record; no `storage` event came.
    localStorage.setItem(KEY, '{"version":1,"notes":["while away"]}');
    const pageshow = (persisted: boolean) =>
      dispatchEvent(Object.assign(new Event('pageshow'), { persisted }) as PageTransitionEvent);
    pageshow(false);
    expect(heard()).toBe(0);
    pageshow(true);
    expect(heard()).toBe(1);
    expect(store.read().notes).toEqual(['while away']);
  });
});

describe('what a page says about its record', () => {
  const names = { record: '成绩汇总', changes: '新粘贴的回执', wayOut: '可先导出表格。' };

  it('says nothing when all is well', () => {
    expect(storeNotice('ok', names)).toBeNull();
  });

  it('names the record, what is not kept and why, in one table for every record', () => {
    expect(storeNotice('blocked', names)).toBe(
      '此浏览器不能保存数据（如无痕模式）：本页照常使用，但新粘贴的回执不会保留。',
    );
    expect(storeNotice('unreadable', names)).toBe(
      '本机的成绩汇总已损坏、无法读取；为免覆盖，新粘贴的回执暂不保存。可先导出表格。',
    );
    expect(storeNotice('newer', names)).toMatch(/^本机的成绩汇总来自新版网站.*请刷新页面。可先导出表格。$/);
    expect(storeNotice('full', names)).toBe('浏览器存储已满，新粘贴的回执未能保存。');
  });
});
