import { describe, expect, it } from 'vitest';
import { OFFLINE_CHOICE_KEY, readTaskOnly, saveTaskOnly } from '../../src/lib/offline/save-choice';

function storage(entries: [string, string][] = []) {
  const items = new Map(entries);
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

const blocked = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
  removeItem: () => {
    throw new Error('blocked');
  },
};

describe('the choice to keep only the task’s modules', () => {
  it('is read as this browser stored it, under its own key', () => {
    expect(OFFLINE_CHOICE_KEY).toBe('hj-offline-task-only');
    expect(readTaskOnly(storage([['hj-offline-task-only', '1']]))).toBe(true);
    expect(readTaskOnly(storage())).toBe(false);
  });

  it('is remembered when chosen and forgotten when the reader goes back to the whole site', () => {
    const s = storage();
    expect(saveTaskOnly(s, true)).toBe(true);
    expect(s.items.get('hj-offline-task-only')).toBe('1');
    expect(saveTaskOnly(s, false)).toBe(true);
    expect(s.items.has('hj-offline-task-only')).toBe(false);
  });

  it('means the whole site when storage is blocked or holds something else', () => {
    expect(readTaskOnly(blocked)).toBe(false);
    expect(readTaskOnly(null)).toBe(false);
    expect(readTaskOnly(storage([['hj-offline-task-only', 'yes']]))).toBe(false);
    expect(saveTaskOnly(blocked, true)).toBe(false);
  });
});
