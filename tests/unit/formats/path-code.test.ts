/**
 * 学习路径证明码 as published: printed on a role path's 学习证明 and checked on 成绩汇总. The codes
 * below were made by the site (version 1) and are literals.
 *
 * Changing the format: add a version (HJP2-…) whose decoder lives beside version 1's, which keeps
 * reading every code below; add lines for the new version; never edit a published line.
 */
import { describe, expect, it } from 'vitest';
import { decodePathCode, encodePathCode, type PathCode } from '../../../src/lib/learning-path/path-code';

const PUBLISHED: { path: PathCode; code: string }[] = [
  {
    path: {
      role: 'village',
      title: '村党组织书记学习路径',
      name: '张三',
      unit: '红旗村',
      completedAt: Date.UTC(2026, 11, 20, 8, 30),
      modules: [
        { code: 'ov', best: 100 },
        { code: 'pr', best: 90 },
        { code: 've', best: 80 },
      ],
    },
    code: 'HJP1-DnZpbGxhZ2UVZ1FRWn7EfsdOZouwW2ZOYI3vX4QFXyBOCQd-omXXZ1Ge298BAwRvdmQEcHJaBHZlUJqI',
  },
  {
    path: {
      role: 'staff',
      title: '选举工作人员学习路径',
      name: 'Li Si',
      unit: 'West Village',
      completedAt: Date.UTC(2020, 0, 1, 0, 0),
      modules: [{ code: 'ed', best: 80 }],
    },
    code: 'HJP1-CnN0YWZmFZAJTj5d5U9cTrpUWFtmTmCN71-ECkxpIFNpGFdlc3QgVmlsbGFnZQABBGVkUHK-',
  },
  {
    path: {
      role: 'community',
      title: '社区党组织书记学习路径',
      name: '欧阳娜娜',
      unit: '幸福社区居委会',
      completedAt: Date.UTC(2100, 11, 31, 15, 59),
      modules: [
        { code: 'ce', best: 0 },
        { code: 'mb', best: 85 },
      ],
    },
    code: 'HJP1-EmNvbW11bml0eRd5PlM6UVp-xH7HTmaLsFtmTmCN71-ECWsnljNaHFocD154eY95PlM6XEVZ1E8av5uoFAIEY2UABG1iVXby',
  },
];

describe('published path certificate codes (version 1)', () => {
  it.each(PUBLISHED)('$path.name’s code still decodes to what the certificate printed', ({ path, code }) => {
    expect(decodePathCode(code)).toEqual({ ok: true, path });
    expect(decodePathCode(`  ${code}\n`)).toEqual({ ok: true, path });
  });

  it.each(PUBLISHED)('$path.name’s certificate is still written as the same code', ({ path, code }) => {
    expect(encodePathCode(path)).toBe(code);
  });
});
