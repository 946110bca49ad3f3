import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTitleSheets } from '../../tooling/print-titles.mjs';

let dist: string;
function builtWith(sheets: unknown) {
  dist = mkdtempSync(join(tmpdir(), 'print-titles-'));
  mkdirSync(join(dist, 'print'));
  writeFileSync(join(dist, 'print', 'titles.json'), JSON.stringify(sheets));
}
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('running titles written after the build', () => {
  it('writes each listed sheet as its own stylesheet and leaves no list behind', () => {
    builtWith([
      { sheet: 'overview', css: '@page hbpage-overview{}' },
      { sheet: 'overview/work-plan', css: '@page{@top-right{content:"总览 · 工作方案"}}' },
      { sheet: 'overview/checklist', css: '@page{}' },
    ]);
    writeTitleSheets(dist);
    expect(readFileSync(join(dist, 'print/titles/overview/work-plan.css'), 'utf8')).toBe(
      '@page{@top-right{content:"总览 · 工作方案"}}',
    );
    expect(readdirSync(join(dist, 'print/titles/overview')).sort()).toEqual(['checklist.css', 'work-plan.css']);
    expect(readFileSync(join(dist, 'print/titles/overview.css'), 'utf8')).toBe('@page hbpage-overview{}');
    expect(existsSync(join(dist, 'print/titles.json'))).toBe(false);
  });

  it('refuses a sheet that would land outside print/titles/', () => {
    builtWith([{ sheet: '../../index', css: 'x' }]);
    expect(() => writeTitleSheets(dist)).toThrow(/not a sheet: "..\/..\/index"/);
    expect(existsSync(join(dist, 'index.css'))).toBe(false);
  });
});
