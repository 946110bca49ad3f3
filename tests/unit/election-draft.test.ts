import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, clearDraft, readDraft, writeDraft, type DraftStorage } from '../../src/lib/election/draft';
import { emptyForm, parseCount, readForm } from '../../src/lib/election/form';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { seededRandom } from '../../src/lib/quiz/random';

function memory(initial: Record<string, string> = {}): DraftStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

describe('the saved calculator form', () => {
  it('round-trips a half-filled form under its own key, never the progress key', () => {
    const storage = memory({ [STORAGE_KEY]: '{"v":1}' });
    const form = { ...emptyForm(), registered: '800', place: '示例村' };
    form.candidates[0]!.name = '王建国';
    form.candidates[0]!.votes = { director: '3０' };
    expect(writeDraft(storage, form)).toBe(true);
    expect(DRAFT_KEY).not.toBe(STORAGE_KEY);
    expect(storage.data[STORAGE_KEY]).toBe('{"v":1}');
    expect(readDraft(storage)).toEqual({ state: 'ok', form });
    clearDraft(storage);
    expect(readDraft(storage)).toEqual({ state: 'empty' });
    expect(storage.data[STORAGE_KEY]).toBe('{"v":1}');
  });

  it('reports a newer version instead of reading it', () => {
    expect(readDraft(memory({ [DRAFT_KEY]: '{"v":2,"form":{}}' }))).toEqual({ state: 'newer' });
  });

  it('never throws on garbage and never returns a form it could not fully check', () => {
    const random = seededRandom(7);
    const good = JSON.stringify({ v: 1, form: emptyForm() });
    for (let i = 0; i < 500; i++) {
      const chars = [...good];
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++)
        chars[Math.floor(random() * chars.length)] = String.fromCharCode(32 + Math.floor(random() * 90));
      const result = readDraft(memory({ [DRAFT_KEY]: chars.join('') }));
      expect(['ok', 'unreadable', 'newer']).toContain(result.state);
      if (result.state === 'ok') expect(typeof result.form.registered).toBe('string');
    }
    for (const raw of ['', 'null', '[]', '{"v":1}', '{"v":1,"form":{"kind":"city"}}', '{"v":"1"}'])
      expect(readDraft(memory({ [DRAFT_KEY]: raw })).state).toBe('unreadable');
  });

  it('says so when storage is blocked or full, and does not throw', () => {
    expect(readDraft(null)).toEqual({ state: 'blocked' });
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(writeDraft(full, emptyForm())).toBe(false);
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(readDraft(broken)).toEqual({ state: 'unreadable' });
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
