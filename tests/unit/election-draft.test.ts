import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, draftNotice, draftOf, openDraftStore } from '../../src/lib/election/draft';
import { emptyForm, parseCount, readForm } from '../../src/lib/election/form';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { seededRandom } from '../../src/lib/quiz/random';
import type { StorageLike } from '../../src/lib/storage/record-store';

function memory(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('the saved calculator form', () => {
  it('round-trips a half-filled form under its own key, never the progress key', () => {
    const storage = memory({ [STORAGE_KEY]: '{"v":1}' });
    const form = { ...emptyForm(), registered: '800', place: '示例村' };
    form.candidates[0]!.name = '王建国';
    form.candidates[0]!.votes = { director: '3０' };
    expect(openDraftStore(() => storage).update(() => draftOf(form))).toBe('ok');
    expect(DRAFT_KEY).not.toBe(STORAGE_KEY);
    expect(storage.data[STORAGE_KEY]).toBe('{"v":1}');
    expect(JSON.parse(storage.data[DRAFT_KEY]!)).toEqual({ v: 1, form });
    const again = openDraftStore(() => storage);
    expect(again.status()).toBe('ok');
    expect(again.read().form).toEqual(form);
    const blank = emptyForm();
    again.overwrite(draftOf(blank));
    expect(openDraftStore(() => storage).read().form).toEqual(blank);
    expect(storage.data[STORAGE_KEY]).toBe('{"v":1}');
  });

  it('reports a newer version instead of reading it, and leaves it alone', () => {
    const storage = memory({ [DRAFT_KEY]: '{"v":2,"form":{}}' });
    const store = openDraftStore(() => storage);
    expect(store.status()).toBe('newer');
    expect(store.update(() => draftOf(emptyForm()))).toBe('newer');
    expect(storage.data[DRAFT_KEY]).toBe('{"v":2,"form":{}}');
    expect(draftNotice('newer')).toMatch(/新版网站/);
  });

  it('never throws on garbage and never returns a form it could not fully check', () => {
    const random = seededRandom(7);
    const good = JSON.stringify({ v: 1, form: emptyForm() });
    for (let i = 0; i < 500; i++) {
      const chars = [...good];
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++)
        chars[Math.floor(random() * chars.length)] = String.fromCharCode(32 + Math.floor(random() * 90));
      const store = openDraftStore(() => memory({ [DRAFT_KEY]: chars.join('') }));
      expect(['ok', 'unreadable', 'newer']).toContain(store.status());
      expect(typeof store.read().form.registered).toBe('string');
    }
    for (const raw of ['', 'null', '[]', '{"v":1}', '{"v":1,"form":{"kind":"city"}}', '{"v":"1"}'])
      expect(openDraftStore(() => memory({ [DRAFT_KEY]: raw })).status()).toBe('unreadable');
  });

  it('keeps an unreadable form until the user clears the table, then saves again', () => {
    const storage = memory({ [DRAFT_KEY]: '{"v":1,"form":{"kind":"city"}}' });
    const store = openDraftStore(() => storage);
    expect(store.update(() => draftOf({ ...emptyForm(), place: '东村' }))).toBe('unreadable');
    expect(storage.data[DRAFT_KEY]).toBe('{"v":1,"form":{"kind":"city"}}');
    expect(draftNotice('unreadable')).toContain('清空表格');
    expect(store.overwrite(draftOf(emptyForm()))).toBe('ok');
    expect(store.update(() => draftOf({ ...emptyForm(), place: '东村' }))).toBe('ok');
    expect(JSON.parse(storage.data[DRAFT_KEY]!).form.place).toBe('东村');
  });

  it('says so when storage is blocked or full, and does not throw', () => {
    const blocked = openDraftStore(() => {
      throw new Error('SecurityError');
    });
    expect(blocked.status()).toBe('blocked');
    expect(draftNotice('blocked')).toMatch(/不能保存数据.*录入的内容不会保留/);
    const full = openDraftStore(() => ({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    }));
    expect(full.update(() => draftOf(emptyForm()))).toBe('full');
    const broken = openDraftStore(() => ({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    }));
    expect(broken.status()).toBe('blocked');
  });
});

describe('reading the typed form', () => {
  it('reads full-width digits from Chinese keyboards and refuses anything else', () => {
    expect(parseCount('４２８')).toBe(428);
    expect(parseCount(' 428 ')).toBe(428);
    expect(parseCount('4.5')).toBeNull();
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('')).toBeNull();
  });

  it('names each blank required number; a blank vote is simply no votes', () => {
    const form = emptyForm();
    form.candidates[0] = {
      ...form.candidates[0]!,
      name: '甲',
      sex: 'female',
      nominatedFor: 'member',
      votes: { member: '' },
    };
    const { input, problems } = readForm(form);
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'registered',
        'boxes[0].issued',
        'boxes[0].returned',
        'candidates[1].sex',
        'candidates[1].nominatedFor',
      ]),
    );
    expect(fields).not.toContain('candidates[0].votes.member');
    expect(fields).not.toContain('voters');
    expect(input.candidates[0]!.votes).toEqual({});
    expect(problems.find((p) => p.field === 'registered')?.message).toBe('请填写登记人数');
  });
});
