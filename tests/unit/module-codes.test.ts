import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRetiredCodes } from '../../src/lib/content/retired-codes';
import { moduleSchema } from '../../src/lib/content/schemas';

const CONTENT = join(import.meta.dirname, '../../content');
const FILE = 'content/retired-module-codes.yaml';

/**
 * Codes already published in task links and receipts. A code here must stay with its module, or
 * (once the module is removed) be listed as retired; it may never move to another module.
 * Add a line when a module gets its code; never change one.
 */
const PUBLISHED: Record<string, string> = {
  ov: 'overview',
  pr: 'preparation',
  pe: 'party-election',
  ve: 'village-election',
  ce: 'community-election',
  mb: 'mobilization',
  dc: 'discipline',
  ld: 'leadership',
  fu: 'follow-up',
  ed: 'election-day',
};

const liveCodes = () =>
  new Map(
    readdirSync(CONTENT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'pages')
      .map((d) => {
        const meta = parse(readFileSync(join(CONTENT, d.name, 'module.yaml'), 'utf8')) as { code?: string };
        return [d.name, meta.code] as const;
      }),
  );

describe('module codes', () => {
  it('every module in content/ has a code, different from every other module’s', () => {
    const codes = liveCodes();
    for (const [id, code] of codes) expect(code, `content/${id}/module.yaml`).toMatch(/^[a-z][a-z0-9]{1,5}$/);
    expect(new Set(codes.values()).size).toBe(codes.size);
  });

  it('a published code stays with its module, or is retired with it', () => {
    const codes = liveCodes();
    const { retired, errors } = parseRetiredCodes(
      readFileSync(join(CONTENT, 'retired-module-codes.yaml'), 'utf8'),
      FILE,
    );
    expect(errors).toEqual([]);
    for (const [code, module] of Object.entries(PUBLISHED)) {
      const live = codes.get(module);
      const retiredEntry = retired.find((r) => r.code === code);
      // election-day arrives from another branch; until then its code is only reserved.
      if (live === undefined && !retiredEntry && module === 'election-day') continue;
      if (live !== undefined) expect(live, `content/${module}/module.yaml`).toBe(code);
      else expect(retiredEntry?.module, `${code} of the removed module ${module}`).toBe(module);
    }
    for (const [module, code] of codes) {
      expect(PUBLISHED[code!], `add ${code}: ${module} to PUBLISHED in this test`).toBe(module);
    }
  });

  it('the schema rejects a missing or malformed code with a message for authors', () => {
    const base = { title: 't', order: 1, summary: 's', objectives: ['o'], minutes: 5 };
    expect(moduleSchema.safeParse(base).success).toBe(false);
    const bad = moduleSchema.safeParse({ ...base, code: 'Village Election' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('模块代码应为 2 到 6 个小写字母或数字、以字母开头，如 ve');
    expect(moduleSchema.safeParse({ ...base, code: 've' }).success).toBe(true);
  });

  it('a broken retired-codes file is reported with file, item and field', () => {
    expect(parseRetiredCodes('retired:\n  - code: X\n    module: old\n', FILE).errors).toEqual([
      `${FILE}: retired[0].code: 模块代码应为 2 到 6 个小写字母或数字、以字母开头，如 ve`,
    ]);
    expect(parseRetiredCodes('retired: [', FILE).errors[0]).toMatch(
      /^content\/retired-module-codes\.yaml: not valid YAML/,
    );
    expect(parseRetiredCodes('retired:\n  - code: ab\n    module: gone\n', FILE).retired).toEqual([
      { code: 'ab', module: 'gone', file: FILE },
    ]);
  });
});
