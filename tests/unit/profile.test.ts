import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/record';
import { setProfile } from '../../src/lib/progress/profile';
import { profileProblems } from '../../src/lib/progress/profile-problems';
import { decodeReceipt, encodeReceipt, receiptProblems } from '../../src/lib/task/receipt';

const receiptWith = (profile: { name: string; unit: string }) => ({
  taskId: 'ABC123',
  ...profile,
  completedAt: Date.UTC(2026, 11, 1, 8, 30),
  partial: false,
  modules: [{ code: 'ov', best: 90, wrong: [] }],
});

describe('the trainee’s name and unit', () => {
  it('any name and unit 学习记录 keeps go into a receipt and come back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (n, u) => {
          const profile = setProfile(emptyProgress(), { name: n, unit: u }).profile;
          if (!profile?.name || !profile.unit) return;
          const r = receiptWith(profile);
          expect(receiptProblems(r)).toEqual([]);
          expect(decodeReceipt(encodeReceipt(r))).toMatchObject({
            ok: true,
            receipt: { name: profile.name, unit: profile.unit },
          });
        },
      ),
      { numRuns: 500 },
    );
    // 500 encodings take about a second alone; the default 5 s ran out while builds shared the cores.
  }, 30_000);

  it('keeps a long name to the one limit both pages use and drops line breaks', () => {
    const long = '阿'.repeat(30);
    const profile = setProfile(emptyProgress(), { name: `${long}\n`, unit: '红旗\n村' }).profile!;
    expect(profile).toEqual({ name: '阿'.repeat(20), unit: '红旗村' });
    expect(profileProblems(profile)).toEqual([]);
  });

  it('says in Chinese what is missing or too long for a receipt', () => {
    expect(profileProblems(null)).toEqual(['请填写姓名。', '请填写单位。']);
    expect(profileProblems({ name: '张三', unit: '' })).toEqual(['请填写单位。']);
    expect(profileProblems({ name: '阿'.repeat(21), unit: '村'.repeat(31) })).toEqual([
      '姓名最多 20 个字。',
      '单位最多 30 个字。',
    ]);
  });
});
