import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/record';
import { recordTest } from '../../src/lib/progress/attempts';
import { setProfile } from '../../src/lib/progress/profile';
import {
  differentPerson,
  exportCode,
  exportProgress,
  FILE_FORMAT,
  importCode,
  importProgress,
  mergeProgress,
  mergeRisk,
} from '../../src/lib/progress/transfer';

const data = recordTest(emptyProgress(), 'vote', {
  paper: [{ id: 'q', order: [2, 0, 1] }],
  responses: { q: [0, 2] },
  wrong: [],
  percent: 80,
  passed: true,
  at: '2026-11-26',
});

describe('progress files', () => {
  it('round-trips an export', () => {
    const file = exportProgress(data, '2026-11-26T10:00:00Z');
    expect(JSON.parse(file)).toMatchObject({ format: FILE_FORMAT, version: 1 });
    expect(importProgress(file)).toEqual({ ok: true, data, exportedAt: '2026-11-26T10:00:00Z' });
  });

  it.each([
    ['not JSON', 'hello', /JSON 格式有误/],
    ['JSON of another kind', '{"a":1}', /不是本网站导出的学习记录文件/],
    ['a file from a newer site', JSON.stringify({ format: FILE_FORMAT, version: 9, progress: {} }), /更新版本/],
    [
      'damaged progress',
      JSON.stringify({
        format: FILE_FORMAT,
        version: 1,
        progress: { version: 1, modules: { v: { best: 'x' } }, wrong: {} },
      }),
      /不完整或已损坏/,
    ],
    ['a huge file', 'x'.repeat(1024 * 1024 + 1), /文件太大/],
  ])('rejects %s with a reason', (_, text, reason) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

describe('a file with the right format but no version', () => {
  it('is called damaged, not “from a newer site”', () => {
    const result = importProgress(JSON.stringify({ format: FILE_FORMAT, progress: emptyProgress() }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).not.toMatch(/更新版本/);
      expect(result.error).toMatch(/版本号/);
    }
  });
});

describe('record codes, for WeChat where files cannot be saved', () => {
  const person = setProfile(data, { name: '李四', unit: '城关镇东村' });

  it('round-trip the whole record, Chinese included', () => {
    const code = exportCode(person, '2026-11-26T10:00:00Z');
    expect(code).toMatch(/^HJXL1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(importCode(code)).toEqual({ ok: true, data: person, exportedAt: '2026-11-26T10:00:00Z' });
  });

  it('are found inside chat text, even when the chat broke the line', () => {
    const code = exportCode(person, '2026-11-26T10:00:00Z');
    const chat = `李四 11:02\n我的学习记录码：${code.slice(0, 40)}\n${code.slice(40)} 请查收`;
    expect(importCode(chat).ok).toBe(true);
  });

  it('reject a truncated or changed code with a reason', () => {
    const code = exportCode(person, '2026-11-26T10:00:00Z');
    for (const bad of [code.slice(0, -3), code.slice(0, 30) + 'A' + code.slice(31), code.replace('.', '')]) {
      const result = importCode(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/不完整|没有找到/);
    }
  });

  it('reject a code from a newer site', () => {
    const result = importCode('HJXL9.abc.1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/更新版本/);
  });
});

describe('whose record it is', () => {
  const zhang = { name: '张三', unit: '东村' };
  it('is the same person when either side has no name, or the names and units match', () => {
    expect(differentPerson(null, zhang)).toBe(false);
    expect(differentPerson(zhang, null)).toBe(false);
    expect(differentPerson(zhang, { name: ' 张 三', unit: '东村 ' })).toBe(false);
  });
  it('is someone else when the name or the unit differs', () => {
    expect(differentPerson(zhang, { name: '李四', unit: '东村' })).toBe(true);
    expect(differentPerson(zhang, { name: '张三', unit: '西村' })).toBe(true);
  });
  it('needs a yes before merging when this device has results but no name and the import names someone', () => {
    const theirs = setProfile(emptyProgress(), zhang);
    // `data` holds a test score and no profile: merging would file that score under 张三.
    expect(mergeRisk(data, theirs)).toEqual({ kind: 'unnamed', person: zhang });
    expect(mergeProgress(data, theirs).profile).toEqual(zhang);
  });
  it('needs a yes before merging someone else’s record, and none for the same person or an empty device', () => {
    const li = { name: '李四', unit: '东村' };
    expect(mergeRisk(setProfile(data, zhang), setProfile(data, li))).toEqual({ kind: 'other', person: li });
    expect(mergeRisk(setProfile(data, zhang), setProfile(emptyProgress(), zhang))).toBeNull();
    expect(mergeRisk(emptyProgress(), setProfile(data, li))).toBeNull();
    expect(mergeRisk(data, data)).toBeNull();
  });
  it('travels in exports', () => {
    const result = importProgress(exportProgress(setProfile(data, zhang), 'now'));
    expect(result.ok && result.data.profile).toEqual(zhang);
  });
});
