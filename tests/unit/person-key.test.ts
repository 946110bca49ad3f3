import { describe, expect, it } from 'vitest';
import { personKey } from '../../src/lib/task/person-key';
import { differentPerson } from '../../src/lib/progress/transfer';
import { encodeReceipt } from '../../src/lib/task/receipt';
import { buildResults } from '../../src/lib/task/results';

const zhang = { name: '张三', unit: '红旗村' };
/** Name and unit, each through the rule, as every caller compares them. */
const key = (p: { name: string; unit: string }) => [personKey(p.name), personKey(p.unit)];

describe('the same person', () => {
  it.each([
    ['a space typed inside the name', { name: '张 三', unit: '红旗村' }],
    ['spaces around the name and unit', { name: ' 张三 ', unit: '红旗村 ' }],
    ['a full-width space (U+3000)', { name: '张\u3000三', unit: '红旗\u3000村' }],
    ['a line break a chat added', { name: '张\n三', unit: '红旗村' }],
    ['a non-breaking space', { name: '张\u00a0三', unit: '红旗村' }],
  ])('is still the same person with %s', (_, other) => {
    expect(key(other)).toEqual(key(zhang));
  });

  it('reads full-width Latin letters and digits as the ordinary ones, in either case', () => {
    expect(personKey('Ｌｉ　Ｍｉｎｇ')).toBe(personKey('li ming'));
    expect(key({ name: 'LI Ming', unit: '３组' })).toEqual(key({ name: 'liming', unit: '3组' }));
  });

  it('is someone else when the name or the unit differs', () => {
    expect(key({ name: '张四', unit: '红旗村' })).not.toEqual(key(zhang));
    expect(key({ name: '张三', unit: '东村' })).not.toEqual(key(zhang));
  });

  it('is the one rule both merging a record and 成绩汇总 follow', () => {
    const spaced = { name: '张 三', unit: '红旗\u3000村' };
    expect(differentPerson(zhang, spaced)).toBe(false);
    const receipt = (person: typeof zhang, completedAt: number) =>
      encodeReceipt({
        taskId: 'ABCDEF',
        ...person,
        completedAt,
        partial: false,
        modules: [{ code: 'ov', best: 90, wrong: [] }],
      });
    const results = buildResults(
      [receipt(zhang, Date.UTC(2026, 11, 1)), receipt(spaced, Date.UTC(2026, 11, 2))],
      null,
      [],
    );
    expect(results.rows).toHaveLength(1);
    expect(results.replaced).toBe(1);
    expect(results.rows[0]!.receipt.name).toBe('张 三');
  });

  it('lists someone of another task once, however the name was spaced', () => {
    const receipt = (name: string, taskId: string) =>
      encodeReceipt({
        taskId,
        name,
        unit: '红旗村',
        completedAt: Date.UTC(2026, 11, 1),
        partial: false,
        modules: [{ code: 'ov', best: 90, wrong: [] }],
      });
    const results = buildResults(
      [receipt('李四', 'AAAAAA'), receipt('李四', 'AAAAAA'), receipt('张三', 'BBBBBB'), receipt('张 三', 'BBBBBB')],
      null,
      [],
    );
    expect(results.others).toEqual([{ taskId: 'BBBBBB', names: ['张三'] }]);
  });
});
